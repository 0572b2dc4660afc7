#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process'
import { rmSync, renameSync } from 'node:fs'
import { createPreviewFixture } from './preview/fixture.mjs'
import { PREVIEW_BASE_PATH, PREVIEW_ENV, PRODUCTION_ENV } from './test-env.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** @param {string} title @param {string} command @param {Record<string, string>} [extraEnv] */
function step(title, command, extraEnv = {}) {
  console.log(`\n▶ ${title}\n  $ ${command}`)
  const started = Date.now()
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...env, ...extraEnv } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
  console.log(`✓ ${title} (${seconds}s)`)
}

step('Content', 'npx contentlayer2 build')
step('Typecheck', 'npx tsc --noEmit')
step('Lint', 'npx eslint .')
step('Unit tests', 'npx vitest run')

// The preview build goes first and is moved aside, so `out/` ends as the root build that `npm run dev`
// users and the link check expect.
rmSync('out-base', { recursive: true, force: true })
// Each build indexes for search what it publishes: the preview's index includes its drafts.
// The manifest step writes the content manifest; in the preview it also compares with a base.
const BUILD = 'npm run search-index && npm run manifest && npx next build && node scripts/csp.mjs --dir out'
// The preview is compared with a fixture repository's base commit (scripts/preview/fixture.mjs), so the
// suite knows exactly which posts it adds, changes and removes.
const fixture = createPreviewFixture()
step(`Preview build at ${PREVIEW_BASE_PATH}`, BUILD, { ...PREVIEW_ENV, PREVIEW_BASE_REPO: fixture.dir, PREVIEW_BASE_REF: fixture.base })
rmSync(fixture.dir, { recursive: true, force: true })
renameSync('out', 'out-base')
step(`Link check at ${PREVIEW_BASE_PATH}`, `node scripts/check-links.mjs --dir out-base --base ${PREVIEW_BASE_PATH}`)

step('Production build at /', BUILD, PRODUCTION_ENV)
step('Link check at /', 'node scripts/check-links.mjs --dir out')
step('JavaScript budget of post pages', 'node scripts/check-js-budget.mjs')

step('Deploy configuration', 'npm run check:deploy')
step('End-to-end tests', 'npx playwright test')
console.log('\nAll checks passed.')
