import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DiagramSyntaxError, type Rendered } from '../diagrams/render'
import { renderMarkdown, type MarkdownOptions } from './pipeline'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'diagrams-'))
  dirs.push(dir)
  return dir
}

const post = '---\ntitle: A post\n---\n\n```mermaid\nflowchart LR\n  A --> B\n```\n'
const options = (diagrams: MarkdownOptions['diagrams']): MarkdownOptions => ({ variables: { baseurl: '', url: 'https://x.example', title: 'T', description: 'D' }, siteUrl: 'https://x.example', diagrams })
const fake = (calls: string[]) => async (source: string, id: string): Promise<Rendered> => {
  calls.push(source)
  return { light: `<svg id="${id}-l"><text>light</text></svg>`, dark: `<svg id="${id}-d"><text>dark</text></svg>` }
}

describe('```mermaid diagrams', () => {
  it('become one inline SVG per theme, rendered once and then read from the cache', async () => {
    const dir = cacheDir()
    const calls: string[] = []
    const html = await renderMarkdown(post, options({ cacheDir: dir, render: fake(calls) }))
    expect(html).toMatch(/<figure class="diagram"><div class="diagram__svg diagram__svg--light"><svg id="diagram-[0-9a-f]{16}-l">/)
    expect(html).toContain('diagram__svg--dark')
    expect(html).not.toContain('language-mermaid')
    expect(readdirSync(dir).sort()).toHaveLength(2)

    const again = await renderMarkdown(post, options({ cacheDir: dir, render: null }))
    expect(again).toBe(html)
    expect(calls).toHaveLength(1)
  })

  it('stop the build when a diagram is new and no browser can render it', async () => {
    await expect(renderMarkdown(post, options({ cacheDir: cacheDir(), render: null }))).rejects.toThrow(/field "body".*no rendered SVG in content\/diagrams\/.*Fix: build once where Chromium is installed/)
  })

  it('stop the build on a diagram Mermaid cannot parse, quoting it', async () => {
    const broken = async (): Promise<Rendered> => {
      throw new DiagramSyntaxError('Parse error on line 2')
    }
    await expect(renderMarkdown(post, options({ cacheDir: cacheDir(), render: broken }))).rejects.toThrow(/the Mermaid diagram "flowchart LR" does not parse: Parse error on line 2/)
  })

  it('leave other code blocks to the highlighter', async () => {
    const html = await renderMarkdown('---\ntitle: A post\n---\n\n```js\nlet a = 1\n```\n', options({ cacheDir: cacheDir(), render: null }))
    expect(html).not.toContain('diagram')
    expect(html).toContain('shiki')
  })
})
