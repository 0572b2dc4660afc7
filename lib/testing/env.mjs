import { fileURLToPath } from 'node:url'

// Settings the test run and the end-to-end suite share. Ports can be moved (E2E_PORT) so that two
// checkouts can run their suites side by side.
export const PREVIEW_BASE_PATH = '/pressroom/pr-preview/pr-42'
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173)
export const BASE_PORT = ROOT_PORT + 1

/**
 * Both test builds switch every blog feature on (comments, analytics, math, diagrams, social links) with
 * the stand-in ids of test/site-features.json, laid over the site config by lib/site/index.ts. The shipped
 * defaults have every third-party service off; the e2e suite stubs each provider's script (e2e/services.ts).
 */
// An absolute path: the preview's base commit is built in another folder, with this overlay too.
export const FEATURES_ENV = { PRESSROOM_SITE_OVERLAY: fileURLToPath(new URL('../../test/site-features.json', import.meta.url)) }

/**
 * The engine's own tests build test/site/, the fixture site (every post, draft, page and author a spec
 * needs), never content/, which is the team's blog. Relative: the preview's base commit is built from
 * the same folder of that commit.
 */
export const TEST_SITE = 'test/site'
export const TEST_SITE_ENV = { PRESSROOM_CONTENT_DIR: TEST_SITE }
/** The preview build the suite checks: a pull request's preview under a sub-path, drafts shown. */
export const PREVIEW_ENV = {
  ...FEATURES_ENV,
  ...TEST_SITE_ENV,
  BASE_PATH: PREVIEW_BASE_PATH,
  PREVIEW_PR: '42',
  COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  SHOW_DRAFTS: '1',
  // Known repository: posts link to their source ("Edit this post"), the banner to the pull request.
  REPOSITORY: 'pressroom-example/pressroom',
}

/** The production build at the root: no preview markings, whatever the shell has set. */
export const PRODUCTION_ENV = { ...FEATURES_ENV, ...TEST_SITE_ENV, BASE_PATH: '', DEPLOY_ENV: 'production', PREVIEW_PR: '', SHOW_DRAFTS: '', REPOSITORY: 'pressroom-example/pressroom' }

/**
 * The generated 2,000-post site of the page-weight check (scripts/page-weight.mjs): a production build
 * under a project-site base path, kept in .page-weight/out for the pagination journeys, on the port after BASE_PORT.
 */
export const GENERATED_BASE_PATH = '/pressroom'
export const GENERATED_PORT = ROOT_PORT + 2
// Its posts are generated into the scratch project's own content/.
export const GENERATED_ENV = { ...PRODUCTION_ENV, PRESSROOM_CONTENT_DIR: '', BASE_PATH: GENERATED_BASE_PATH }
export const GENERATED_OUT = '.page-weight/out'

/** The dev-loop test's `npm run dev` (e2e-dev/), after the static servers (the generated site's included). */
export const DEV_PORT = ROOT_PORT + 3
