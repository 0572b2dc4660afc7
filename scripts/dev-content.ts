// `npm run dev`'s content side, a process of its own started by the dev runner (lib/dev/run-dev.mjs):
// watches the content folder and keeps .content/, .contentlayer/, the post store and the search index up
// to date (lib/dev/content-loop.ts).
//   tsx --tsconfig scripts/tsconfig.tsx.json scripts/dev-content.ts [--origin http://localhost:3000]
import { startContentLoop } from '../lib/dev/start-content-loop'

const originAt = process.argv.indexOf('--origin')
startContentLoop(process.cwd(), originAt === -1 ? undefined : process.argv[originAt + 1])
