// For scripts/dev-content.ts: shows an edit of a post's text in the open tab before Contentlayer's rebuild
// does (lib/dev/body-edit.ts), rendered by the same Markdown chain with the same options.
import { readFrontMatter } from '../lib/jekyll/post-index'
import { contentMarkdownOptions } from '../lib/content/markdown-options'
import { postStoreDir } from '../lib/content/post-store'
import { patchPostBody } from '../lib/dev/body-edit'
import { summarizeHtml } from '../lib/markdown/analyze'
import type { MarkdownOptions } from '../lib/markdown/pipeline'
import { renderDocument } from '../lib/markdown/prerendered'
import { site } from '../lib/site'

/** One options object for the process, so that renderDocument builds its chain once. */
let options: MarkdownOptions | undefined
const optionsFor = (root: string): MarkdownOptions => (options ??= contentMarkdownOptions(root))

/** The latest edit of each prepared file: an older edit that finishes rendering later is dropped. */
const latest = new Map<string, number>()
let edits = 0

/** Renders `source` (the prepared post `file`, `posts/…`) and puts it in the store; Contentlayer follows. */
export async function showBodyEdit(root: string, file: string, source: string): Promise<void> {
  const edit = ++edits
  latest.set(file, edit)
  const started = Date.now()
  let html: string
  try {
    html = await renderDocument(file, source, optionsFor(root))
  } catch {
    // Not shown early: Contentlayer's rebuild of the same file reports the error, file and line named.
    return
  }
  if (latest.get(file) !== edit) return
  const summary = summarizeHtml(html)
  const ownExcerpt = typeof readFrontMatter(source).excerpt === 'string'
  const fields = {
    excerptHtml: summary.excerptHtml,
    excerptText: ownExcerpt ? undefined : summary.excerptText,
    headings: summary.headings,
    readingMinutes: Math.max(1, Math.round(summary.words / site.wordsPerMinute)),
  }
  if (patchPostBody(postStoreDir(process.env, root), file, html, fields)) {
    console.log(`Content: ${file} shown ahead of Contentlayer's rebuild (${Date.now() - started} ms)`)
  }
}

/** Builds the Markdown chain before the first edit needs it (its highlighter takes a second or two). */
export function warmBodyEdits(root: string): void {
  renderDocument('posts/warm-up.md', '---\ntitle: Warm-up\n---\n\n```js\nlet a = 1\n```\n', optionsFor(root)).catch((error: unknown) => {
    console.warn(`dev: the Markdown chain did not load ahead of edits: ${error instanceof Error ? error.message : String(error)}`)
  })
}
