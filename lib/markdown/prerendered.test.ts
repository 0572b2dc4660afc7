import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { applyMarkdownPipeline, type MarkdownOptions } from './pipeline'
import { renderDocument, applyPrerendered, type PrerenderedHtml } from './prerendered'
import { renderKey } from './render-pool'

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
  const dir = join(process.cwd(), 'test', 'site', 'posts')
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

describe("Contentlayer's Markdown step with posts rendered elsewhere", () => {
  const source = '---\ntitle: Hello\n---\n\nSome *words*.\n'
  /** HTML kept by path and source, as the Markdown workers keep it (lib/markdown/render-pool.ts). */
  const rendered = (entries: [string, string, string][]): PrerenderedHtml => {
    const kept = new Map(entries.map(([path, text, html]) => [renderKey(path, text), html]))
    return { html: async (path, text) => kept.get(renderKey(path, text)) }
  }

  it('takes the HTML rendered from this very source', async () => {
    const html = await asContentlayerRenders((processor) => applyPrerendered(processor, options, rendered([['posts/a.md', source, '<p>from a worker</p>']])), 'posts/a.md', source)
    expect(html).toBe('<p>from a worker</p>')
  })

  it('renders a post itself when its source changed since, or when it was rendered under another path', async () => {
    const stale = rendered([['posts/a.md', source, '<p>stale</p>']])
    const edited = source.replace('words', 'new words')
    expect(await asContentlayerRenders((processor) => applyPrerendered(processor, options, stale), 'posts/a.md', edited)).toContain('<em>new words</em>')
    expect(await asContentlayerRenders((processor) => applyPrerendered(processor, options, stale), 'posts/b.md', source)).toContain('<em>words</em>')
  })

  it('renders the same HTML through a worker as without it', async () => {
    const viaWorker = rendered([['posts/a.md', source, await renderDocument('posts/a.md', source, options)]])
    const through = await asContentlayerRenders((processor) => applyPrerendered(processor, options, viaWorker), 'posts/a.md', source)
    const without = await asContentlayerRenders((processor) => applyPrerendered(processor, options, undefined), 'posts/a.md', source)
    expect(through).toBe(without)
    expect(without).toContain('<em>words</em>')
  })

  it('hands what it rendered itself to be kept, and nothing it was given', async () => {
    const kept: string[] = []
    const found = rendered([['posts/a.md', source, '<p>from a worker</p>']])
    const keeping: PrerenderedHtml = { html: found.html, keep: (path, _text, html, warnings) => void kept.push(`${path} ${html} ${warnings.length}`) }
    await asContentlayerRenders((processor) => applyPrerendered(processor, options, keeping), 'posts/a.md', source)
    expect(kept).toEqual([])
    const html = await asContentlayerRenders((processor) => applyPrerendered(processor, options, keeping), 'posts/b.md', source)
    expect(kept).toEqual([`posts/b.md ${html} 0`])
  })

  it('still stops on a post that cannot render, naming its file', async () => {
    const broken = '---\ntitle: Broken\n---\n\n{% if %}\n'
    await expect(asContentlayerRenders((processor) => applyPrerendered(processor, options, rendered([])), 'posts/broken.md', broken)).rejects.toThrow(/posts\/broken\.md/)
  })
})
