#!/usr/bin/env node
// `npm run dev`: content/ is prepared into .content/ and Contentlayer watches that, beside `next dev`. Next 16 runs Turbopack, where
// Contentlayer's webpack hook never runs, so the two are separate processes stopped together.
import { spawn, spawnSync } from 'node:child_process'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

// Generate once before Next starts, so the first request finds the content.
// The search index is built once here from that content; restart dev to refresh it after edits.
for (const command of ['npm run content', 'npm run search-index']) {
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const children = [
  // content/ (the authors' files) → .content/ (what Contentlayer reads), kept in step while editing.
  spawn('npm run prepare-content -- --watch', { shell: true, stdio: 'inherit', env }),
  spawn('npx contentlayer2 dev', { shell: true, stdio: 'inherit', env }),
  spawn(`npx next dev ${process.argv.slice(2).join(' ')}`, { shell: true, stdio: 'inherit', env }),
]

let stopping = false
function stop(code) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(130))
process.on('SIGTERM', () => stop(143))
