#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest. Stops at the first failure.
// The build's own steps come from scripts/steps.mjs, so these builds are the ones `npm run build` makes.
import { rmSync, renameSync } from 'node:fs'
import { createPreviewFixture } from './preview/fixture.mjs'
import { CONTENT, DEPLOY_STEPS, run, runSteps } from './steps.mjs'
import { PREVIEW_BASE_PATH, PREVIEW_ENV, PRODUCTION_ENV } from './test-env.mjs'

// Contentlayer's output does not depend on the deploy: one content step serves typecheck, unit tests and both builds.
runSteps([CONTENT])
run('Typecheck', 'tsc --noEmit')
run('Lint', 'eslint .')
run('Unit tests', 'vitest run')
run('Conformance with real Jekyll', 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/conformance.ts')

// The preview build goes first and is moved aside, so `out/` ends as the root build that `npm run dev`
// users and the link check expect. Each build indexes for search what it publishes: the preview's index
// includes its drafts.
rmSync('out-base', { recursive: true, force: true })
// The preview is compared with a fixture repository's base commit (scripts/preview/fixture.mjs), so the
// suite knows exactly which posts it adds, changes and removes.
const fixture = createPreviewFixture()
runSteps(DEPLOY_STEPS, { env: { ...PREVIEW_ENV, PREVIEW_BASE_REPO: fixture.dir, PREVIEW_BASE_REF: fixture.base }, label: `preview at ${PREVIEW_BASE_PATH}` })
rmSync(fixture.dir, { recursive: true, force: true })
renameSync('out', 'out-base')
run(`Link check at ${PREVIEW_BASE_PATH}`, `node scripts/check-links.mjs --dir out-base --base ${PREVIEW_BASE_PATH}`)

runSteps(DEPLOY_STEPS, { env: PRODUCTION_ENV, label: 'production at /' })
run('Link check at /', 'node scripts/check-links.mjs --dir out')
run('JavaScript budget of post pages', 'node scripts/check-js-budget.mjs')

run('Deploy configuration', 'npm run check:deploy')
run('End-to-end tests', 'playwright test')
// The author's loop: `npm run dev` on a scratch copy of content/, edited while a page is open (e2e-dev/).
run('Dev loop end to end', 'playwright test -c playwright.dev.config.ts')
console.log('\nAll checks passed.')
