// A stand-in Markdown worker for lib/markdown/render-pool.test.ts: answers like scripts/render-markdown.ts
// (HTML keyed by the file it read), with the HTML naming the file, and misbehaves on cue:
// STUB_FAIL names a document it cannot render, STUB_DIE a document on which it dies.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderKey, type RenderReply } from '../../lib/markdown/render-pool'

const dir = process.env.STUB_DIR ?? '.'
process.on('message', (message: unknown) => {
  if (typeof message !== 'object' || message === null || !('path' in message) || typeof message.path !== 'string') return
  const path = message.path
  if (path === process.env.STUB_DIE) process.exit(3)
  const source = readFileSync(join(dir, path), 'utf8')
  const reply: RenderReply = path === process.env.STUB_FAIL ? { path, failed: true } : { path, key: renderKey(path, source), html: `<p>${path} by ${process.pid}</p>` }
  process.send?.(reply)
})
process.on('disconnect', () => process.exit(0))
