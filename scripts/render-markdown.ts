// A Markdown worker of the content step (lib/markdown/render-pool.ts): started by Contentlayer's process
// beside it, renders the documents it is sent, one after another, and answers each with its HTML.
//   node --import tsx scripts/render-markdown.ts   (with an IPC channel; TSX_TSCONFIG_PATH set)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentMarkdownOptions } from '../lib/content/markdown-options'
import { PREPARED_DIR } from '../lib/content/prepare-dir'
import { buildMarkdownCache } from '../lib/content/markdown-workers'
import { renderWithWarnings } from '../lib/markdown/prerendered'
import { renderKey, type RenderReply, type RenderRequest } from '../lib/markdown/render-pool'

const root = process.cwd()
const options = contentMarkdownOptions(root)
const cache = buildMarkdownCache(root, { prune: false })
const isRequest = (value: unknown): value is RenderRequest => typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string'

let chain = Promise.resolve()
process.on('message', (message: unknown) => {
  if (!isRequest(message)) return
  // One at a time and in the order sent: the pipeline is shared, and the pool counts on the order.
  chain = chain.then(() => answer(message.path))
})
// The content step is over (or stopped): nothing more will be asked.
process.on('disconnect', () => process.exit(0))

async function answer(path: string): Promise<void> {
  let reply: RenderReply
  try {
    const source = readFileSync(join(root, PREPARED_DIR, path), 'utf8')
    const { html, warnings } = await renderWithWarnings(path, source, options)
    cache.keep(path, source, html, warnings)
    reply = { path, key: renderKey(path, source), html }
  } catch {
    // Not lost: Contentlayer renders this document itself and stops the build with its error, file named.
    reply = { path, failed: true }
  }
  process.send?.(reply)
}
