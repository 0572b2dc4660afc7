import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { sourceName } from './liquid'
import { applyMarkdownPipeline, type MarkdownOptions } from './pipeline'
import { prerenderedFile } from './prerendered-file'

export { PRERENDERED_DIR, prerenderedFile } from './prerendered-file'

// Contentlayer renders every post's Markdown one after another on one core. A cold build renders them
// first, in a process per core (scripts/prerender-content.ts), into files named by what they were rendered
// from; Contentlayer's Markdown step then takes a post's HTML from there and renders only what it lacks.

declare module 'vfile' {
  interface DataMap {
    prerenderedHtml: string
  }
}

/** One pipeline per process: building it (plugins, highlighter) once, not once per post. */
const pipelines = new WeakMap<MarkdownOptions, Processor>()

/** A post's HTML as Contentlayer would render it: the same chain, given the path Contentlayer gives it. */
export async function renderDocument(sourceFilePath: string, source: string, options: MarkdownOptions): Promise<string> {
  let pipeline = pipelines.get(options)
  if (!pipeline) {
    const processor = unified()
    applyMarkdownPipeline(processor, options)
    pipeline = processor.freeze()
    pipelines.set(options, pipeline)
  }
  const file = new VFile({ value: source, data: { rawDocumentData: { sourceFilePath } } })
  return String(await pipeline.process(file))
}

/** Renders a post and keeps its HTML in `dir`, written whole or not at all. */
export async function prerender(dir: string, sourceFilePath: string, source: string, options: MarkdownOptions): Promise<void> {
  const html = await renderDocument(sourceFilePath, source, options)
  const path = prerenderedFile(dir, sourceFilePath, source)
  writeFileSync(`${path}.${process.pid}`, html)
  renameSync(`${path}.${process.pid}`, path)
}

function readPrerendered(dir: string | undefined, sourceFilePath: string, source: string): string | undefined {
  if (dir === undefined) return undefined
  try {
    return readFileSync(prerenderedFile(dir, sourceFilePath, source), 'utf8')
  } catch {
    // Not pre-rendered (a small site, a post that failed there, or a dev rebuild): rendered here instead.
    return undefined
  }
}

/**
 * Contentlayer's Markdown step: each post's HTML from `dir` when it was pre-rendered from this very source,
 * else rendered here by the whole chain, whose errors (naming the file) stop the build as before.
 */
export function applyPrerendered(processor: Processor, options: MarkdownOptions, dir: string | undefined): void {
  processor.use(function prerendered(this: Processor) {
    // The source is not parsed here: the chain below parses it when the HTML is not already at hand.
    this.parser = () => ({ type: 'root', children: [] })
    this.compiler = (_tree, file) => file.data.prerenderedHtml ?? ''
    return async (_tree, file) => {
      const path = sourceName(file)
      const source = String(file.value)
      file.data.prerenderedHtml = readPrerendered(dir, path, source) ?? (await renderDocument(path, source, options))
    }
  })
}
