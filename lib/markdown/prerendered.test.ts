import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyMarkdownPipeline, type MarkdownOptions } from './pipeline'
import { prerender, prerenderedFile, renderDocument, applyPrerendered } from './prerendered'

const options: MarkdownOptions = {
  variables: { baseurl: '', url: 'https://blog.example.com', title: 'Example' },
  siteUrl: 'https://blog.example.com',
}

/** As Contentlayer renders a document: a new processor for it, the raw document's path on the file. */
async function asContentlayerRenders(processorFor: (processor: ReturnType<typeof unified>) => void, path: string, source: string): Promise<string> {
  const processor = unified()
  processorFor(processor)
  const file = new VFile({ value: source, data: { rawDocumentData: { sourceFilePath: path } } })
  return String(await processor.process(file))
}

const projectPosts = (): { path: string; source: string }[] => {
  const dir = join(process.cwd(), 'content', 'posts')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: `posts/${name}`, source: readFileSync(join(dir, name), 'utf8') }))
}

describe('one pipeline for every post of a process', () => {
  it('renders each post exactly as a fresh pipeline per post does, whatever came before it', async () => {
    const posts = projectPosts()
    expect(posts.length).toBeGreaterThan(2)
    // Twice over, so that every post is rendered after every other: state one post leaves would show.
    for (const { path, source } of [...posts, ...posts.reverse()]) {
      const fresh = await asContentlayerRenders((processor) => applyMarkdownPipeline(processor, options), path, source)
      expect(await renderDocument(path, source, options)).toBe(fresh)
    }
  })
})

describe("Contentlayer's Markdown step with pre-rendered posts", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'prerendered-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const source = '---\ntitle: Hello\n---\n\nSome *words*.\n'

  it('takes the HTML pre-rendered from this very source', async () => {
    writeFileSync(prerenderedFile(dir, 'posts/a.md', source), '<p>from the pre-render</p>')
    const html = await asContentlayerRenders((processor) => applyPrerendered(processor, options, dir), 'posts/a.md', source)
    expect(html).toBe('<p>from the pre-render</p>')
  })

  it('renders a post itself when its source changed since, or when it was pre-rendered under another path', async () => {
    writeFileSync(prerenderedFile(dir, 'posts/a.md', source), '<p>stale</p>')
    const edited = source.replace('words', 'new words')
    const html = await asContentlayerRenders((processor) => applyPrerendered(processor, options, dir), 'posts/a.md', edited)
    expect(html).toContain('<em>new words</em>')
    const moved = await asContentlayerRenders((processor) => applyPrerendered(processor, options, dir), 'posts/b.md', source)
    expect(moved).toContain('<em>words</em>')
  })

  it('renders the same HTML through the pre-render as without it', async () => {
    await prerender(dir, 'posts/a.md', source, options)
    const viaPrerender = await asContentlayerRenders((processor) => applyPrerendered(processor, options, dir), 'posts/a.md', source)
    const without = await asContentlayerRenders((processor) => applyPrerendered(processor, options, undefined), 'posts/a.md', source)
    expect(viaPrerender).toBe(without)
    expect(without).toContain('<em>words</em>')
  })

  it('still stops on a post that cannot render, naming its file', async () => {
    const broken = '---\ntitle: Broken\n---\n\n{% if %}\n'
    await expect(asContentlayerRenders((processor) => applyPrerendered(processor, options, dir), 'posts/broken.md', broken)).rejects.toThrow(/posts\/broken\.md/)
  })
})
