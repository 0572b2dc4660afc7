// Hands the posts to Contentlayer as Jekyll reads them: `content/posts/` and `content/drafts/` (the
// authors' files, never changed) → `.content/posts/` (generated, never committed); `content/authors/` is
// copied as it is. Run before `contentlayer2 build`. Also writes `.content/status.json` with no content
// errors, which pages read (under `npm run dev`, scripts/dev-content.ts keeps it and watches content/).
//   npx tsx --tsconfig scripts/tsconfig.tsx.json scripts/prepare-content.ts
import { prepareContent } from '../lib/content/prepare-dir'
import { writeContentStatus } from '../lib/content/status-file'

const root = process.cwd()

function main(): void {
  const started = Date.now()
  const result = prepareContent(root, new Date())
  writeContentStatus(root, [])
  for (const warning of result.warnings) console.warn(warning)
  const notes = result.ignored.map((line) => `\n  ignored ${line}`).join('')
  console.log(`Content: ${result.posts} posts prepared for Contentlayer in ${Date.now() - started} ms (${result.written.length} written, ${result.removed.length} removed) → .content/${notes}`)
}

try {
  main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
