// `npm run content` (the build's first step): the content step on this project (lib/build/content-step.ts).
//   tsx --tsconfig scripts/tsconfig.tsx.json scripts/content.ts [--config <contentlayer config>]
import { runContentStep } from '../lib/build/content-step'

const configAt = process.argv.indexOf('--config')
const { code } = await runContentStep(process.cwd(), { config: configAt === -1 ? undefined : process.argv[configAt + 1] })
process.exit(code)
