import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { sourceName } from './liquid'
import { applyMarkdownPipeline, type MarkdownOptions } from './pipeline'
import { withWarnings } from './prerendered-warnings'

// Contentlayer renders every post's Markdown one after another on one core. A large build renders them in
// worker processes beside it (lib/markdown/render-pool.ts); Contentlayer's Markdown step takes a post's
// HTML from there and renders itself only what the workers did not.

declare module 'vfile' {
  interface DataMap {
    prerenderedHtml: string
  }
}

/**
 * Where the Markdown step finds a document's HTML rendered elsewhere (by a worker, or by an earlier build), from
 * this very source; `keep` is handed what the step had to render itself, with the warnings its rendering wrote.
 */
export type PrerenderedHtml = {
  html(path: string, source: string): Promise<string | undefined>
  keep?(path: string, source: string, html: string, warnings: readonly string[]): void
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

/** renderDocument's HTML, and the warnings the rendering wrote naming the document (kept with it, said again on reuse). */
export function renderWithWarnings(path: string, source: string, options: MarkdownOptions): Promise<{ html: string; warnings: string[] }> {
  return withWarnings(path, () => renderDocument(path, source, options))
}

/**
 * Contentlayer's Markdown step: each post's HTML from `prerendered` when it has it for this very source,
 * else rendered here by the whole chain, whose errors (naming the file) stop the build as before.
 */
export function applyPrerendered(processor: Processor, options: MarkdownOptions, prerendered: PrerenderedHtml | undefined): void {
  processor.use(function prerenderedStep(this: Processor) {
    // The source is not parsed here: the chain below parses it when the HTML is not already at hand.
    this.parser = () => ({ type: 'root', children: [] })
    this.compiler = (_tree, file) => file.data.prerenderedHtml ?? ''
    return async (_tree, file) => {
      const path = sourceName(file)
      const source = String(file.value)
      const found = await prerendered?.html(path, source)
      if (found !== undefined) file.data.prerenderedHtml = found
      else if (!prerendered?.keep) file.data.prerenderedHtml = await renderDocument(path, source, options)
      else {
        const { html, warnings } = await renderWithWarnings(path, source, options)
        file.data.prerenderedHtml = html
        prerendered.keep(path, source, html, warnings)
      }
    }
  })
}
