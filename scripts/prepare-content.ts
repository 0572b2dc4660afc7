// Hands the posts to Contentlayer as Jekyll reads them: `content/posts/` and `content/drafts/` (the
// authors' files, never changed) → `.content/posts/` (generated, never committed); `content/authors/` is
// copied as it is. Run before `contentlayer2 build`; `--watch` keeps `.content/` in step while `npm run dev` runs.
//   npx tsx --tsconfig scripts/tsconfig.tsx.json scripts/prepare-content.ts [--watch]
import { prepareContent } from '../lib/content/prepare-dir'

const root = process.cwd()
const run = () => {
  const started = Date.now()
  const result = prepareContent(root, new Date())
  const notes = result.ignored.map((line) => `\n  ignored ${line}`).join('')
  console.log(`Content: ${result.posts} posts prepared for Contentlayer in ${Date.now() - started} ms → .content/${notes}`)
}

try {
  run()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  if (!process.argv.includes('--watch')) process.exit(1)
}

if (process.argv.includes('--watch')) {
  const { watch } = await import('node:fs')
  let timer: NodeJS.Timeout | undefined
  watch(`${root}/content`, { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      try {
        run()
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error))
      }
    }, 100)
  })
}
