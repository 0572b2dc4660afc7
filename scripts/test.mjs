#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest. Stops at the first failure.
// The build's own steps come from lib/build/steps.mjs, so these builds are the ones `npm run build` makes;
// the two builds the browser tests serve are made by lib/testing/e2e-builds.mjs (also `npm run build:e2e`).
import { contentBuild, previewBuild, productionBuild } from '../lib/testing/e2e-builds.mjs'
import { run } from '../lib/build/steps.mjs'
import { PREVIEW_BASE_PATH, TEST_SITE_ENV } from '../lib/testing/env.mjs'

// One content step serves typecheck, unit tests and both builds.
contentBuild()
run('Typecheck', 'tsc --noEmit')
run('Lint', 'eslint .')
run('Unit tests', 'vitest run')
run('Conformance with real Jekyll', 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/conformance.ts')
// 16 generated Jekyll sites (fixed seed) in one build by real Jekyll and by Pressroom (docs/differential-testing.md);
// `npm run fuzz:jekyll -- 2000` is the long run. Classes still open are listed in test/fuzz-jekyll/pending.json.
run('Differential fuzz against real Jekyll', 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/fuzz-jekyll.ts 16 20261207 16 --no-shrink --expect test/fuzz-jekyll/pending.json')

previewBuild()
// The fixture site's builds, checked against its own link allowlist (test/site/link-allowlist.txt).
run(`Link check at ${PREVIEW_BASE_PATH}`, `node scripts/check-links.mjs --dir out-base --base ${PREVIEW_BASE_PATH}`, TEST_SITE_ENV)

productionBuild()
run('Link check at /', 'node scripts/check-links.mjs --dir out', TEST_SITE_ENV)
run('JavaScript budget of post pages', 'node scripts/check-js-budget.mjs')
// The fixture site built warm (cache filled, one post edited, one added) and cold: the two exports must be equal.
run('A warm build equals a cold one', 'node test/warm-build/warm-build.mjs')
// A generated 2,000-post site, built in .page-weight/ and kept for the pagination journeys below.
run('Page weight of listing pages at 2,000 posts', 'node scripts/page-weight.mjs --keep')

run('Deploy configuration', 'npm run check:deploy')
// A Jekyll blog moved by the import command and built as a site of its own, for e2e/jekyll-import.spec.ts.
run('Imported Jekyll site', 'node scripts/import-e2e.mjs')
run('End-to-end tests', 'playwright test', { E2E_GENERATED: '1' })
// The author's loop: `npm run dev` on a scratch copy of the fixture site test/site/, edited while a page is open (e2e-dev/).
run('Dev loop end to end', 'playwright test -c playwright.dev.config.ts')
console.log('\nAll checks passed.')
