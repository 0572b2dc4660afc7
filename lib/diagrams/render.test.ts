import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { chromiumExecutable, DiagramSyntaxError, renderMermaid } from './render'

// The real renderer: Mermaid's browser bundle in the system Chromium (the one the e2e suite drives).
describe('renderMermaid', () => {
  const executable = chromiumExecutable()
  if (!executable) throw new Error('Chromium is not on PATH: install it (apt-get install chromium) or set CHROMIUM_PATH')

  it('draws a diagram as SVG for each theme, with our ids and plain SVG text', async () => {
    const { light, dark } = await renderMermaid('flowchart LR\n  A[Write] --> B[Publish]', 'diagram-t', executable)
    expect(light).toMatch(/^<svg id="diagram-t-l"/)
    expect(dark).toMatch(/^<svg id="diagram-t-d"/)
    expect(light).toContain('Publish')
    expect(light).not.toContain('foreignObject')
    expect(light).not.toBe(dark.replaceAll('diagram-t-d', 'diagram-t-l'))
  })

  it("rejects a diagram Mermaid cannot parse with Mermaid's message", async () => {
    await expect(renderMermaid('flowchart LR\n  A -->', 'diagram-u', executable)).rejects.toThrow(DiagramSyntaxError)
  })

  // Issue 22, class 9: no build step reaches the network; a diagram's image node would have.
  it('refuses a diagram that names a remote image without asking for it', async () => {
    const asked: string[] = []
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const address = server.address()
      if (address === null || typeof address === 'string') throw new Error('the test server has no port')
      const { port } = address
      const drawing = renderMermaid(`flowchart LR\n  A@{ img: "http://127.0.0.1:${port}/x.png", label: "Picture", pos: "t", w: 60, h: 60, constraint: "on" } --> B[Text]`, 'diagram-n', executable)
      // Refused with Mermaid's words (the content step names the post), never fetched.
      await expect(drawing).rejects.toThrow(DiagramSyntaxError)
      await expect(drawing).rejects.toThrow(/not fetched at build time/)
      expect(asked).toEqual([])
    } finally {
      server.close()
    }
  })
})
