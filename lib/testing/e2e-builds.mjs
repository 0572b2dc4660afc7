// The two builds the end-to-end suite serves, made as `npm test` makes them, with every blog feature on
// (lib/testing/env.mjs): the preview under its base path into out-base/, then production at / into out/.
import { rmSync, renameSync } from 'node:fs'
import { createPreviewFixture } from './preview-fixture.mjs'
import { CONTENT, DEPLOY_STEPS, runSteps } from '../build/steps.mjs'
import { FEATURES_ENV, PREVIEW_BASE_PATH, PREVIEW_ENV, PRODUCTION_ENV, TEST_SITE_ENV } from './env.mjs'

/** Contentlayer's output does not depend on the deploy, but it renders math and diagrams: features on. The fixture site, test/site/. */
export function contentBuild() {
  runSteps([CONTENT], { env: { ...FEATURES_ENV, ...TEST_SITE_ENV } })
}

/**
 * The preview goes first and is moved aside, so `out/` ends as the root build. It is compared with a
 * fixture repository's base commit (lib/testing/preview-fixture.mjs), so the suite knows exactly which posts
 * it adds, changes and removes; its search index includes its drafts.
 */
export function previewBuild() {
  rmSync('out-base', { recursive: true, force: true })
  const fixture = createPreviewFixture()
  runSteps(DEPLOY_STEPS, { env: { ...PREVIEW_ENV, PREVIEW_BASE_REPO: fixture.dir, PREVIEW_BASE_REF: fixture.base }, label: `preview at ${PREVIEW_BASE_PATH}` })
  rmSync(fixture.dir, { recursive: true, force: true })
  renameSync('out', 'out-base')
}

export function productionBuild() {
  runSteps(DEPLOY_STEPS, { env: PRODUCTION_ENV, label: 'production at /' })
}
