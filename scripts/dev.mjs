#!/usr/bin/env node
// `npm run dev`: content/ is prepared into .content/, which Contentlayer watches, beside `next dev`. Next 16 runs Turbopack, where
// Contentlayer's webpack hook never runs, so the two are separate processes stopped together.
import { spawn } from 'node:child_process'
import { DEV_STEPS, runSteps, stepEnv } from './steps.mjs'

// Generate once before Next starts, so the first request finds the content (the build's own steps).
// The search index is built once here from that content; restart dev to refresh it after edits.
runSteps(DEV_STEPS)

const env = stepEnv()
const children = [
  // content/ (the authors' files) → .content/ (what Contentlayer reads), kept in step while editing.
  spawn('tsx --tsconfig scripts/tsconfig.tsx.json scripts/prepare-content.ts --watch', { shell: true, stdio: 'inherit', env }),
  spawn('contentlayer2 dev', { shell: true, stdio: 'inherit', env }),
  spawn(`next dev ${process.argv.slice(2).join(' ')}`, { shell: true, stdio: 'inherit', env }),
]

let stopping = false
/** @param {number} code */
function stop(code) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(130))
process.on('SIGTERM', () => stop(143))
