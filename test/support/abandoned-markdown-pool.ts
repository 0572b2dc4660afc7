// Starts Markdown workers (the stand-in, test/support/markdown-worker.ts) on the documents named in its
// arguments, asks for none of them and returns: lib/markdown/render-pool.test.ts checks this process ends.
import { fileURLToPath } from 'node:url'
import { startMarkdownPool } from '../../lib/markdown/render-pool'

const stub = fileURLToPath(new URL('./markdown-worker.ts', import.meta.url))
startMarkdownPool(process.argv.slice(2), 2, { file: process.execPath, args: ['--import', 'tsx', stub] })
console.log('started')
