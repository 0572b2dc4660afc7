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
})
