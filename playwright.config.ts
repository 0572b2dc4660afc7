import { defineConfig, devices } from '@playwright/test'
import { chromiumPath } from './lib/build/chromium.mjs'
import { existsSync } from 'node:fs'
import { BASE_PORT, FEATURES_ENV, TEST_SITE_ENV, GENERATED_BASE_PATH, GENERATED_OUT, GENERATED_PORT, PREVIEW_BASE_PATH, ROOT_PORT } from './lib/testing/env.mjs'

// The specs read the site config the builds were made with (every feature on, lib/testing/env.mjs):
// e.g. the host headers the crawl sends are the ones `npm run csp -- --write-configs` writes for it.
// Workers inherit this process's environment.
Object.assign(process.env, FEATURES_ENV, TEST_SITE_ENV)

const isCI = Boolean(process.env.CI)
// The generated 2,000-post site that `npm test` keeps after its page-weight step (E2E_GENERATED=1 there, so
// a missing build fails): the only build with listings long enough to paginate.
const generated = process.env.E2E_GENERATED === '1' || existsSync(GENERATED_OUT)
const PAGINATION = /pagination\.spec\.ts$/

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'on-first-retry',
    launchOptions: {
      // The system Chromium (`npx playwright install` cannot run here), found as lib/build/chromium.mjs says.
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // baseURL ends with a slash: specs navigate to paths without a leading one (`tags/`), which resolve
  // under the base path; a leading slash would escape it.
  projects: [
    { name: 'root', testIgnore: PAGINATION, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    // The imported Jekyll site is one build at the root, served by its own spec: one project reads it.
    { name: 'base', testIgnore: [PAGINATION, /jekyll-import\.spec\.ts$/], use: { baseURL: `http://127.0.0.1:${BASE_PORT}${PREVIEW_BASE_PATH}/` } },
    ...(generated ? [{ name: 'generated', testMatch: PAGINATION, use: { baseURL: `http://127.0.0.1:${GENERATED_PORT}${GENERATED_BASE_PATH}/` } }] : []),
  ],
  // Never reuse a server already on the port: it could be another checkout's export.
  webServer: [
    {
      command: `node scripts/serve.mjs --dir out --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir out-base --port ${BASE_PORT} --base ${PREVIEW_BASE_PATH}`,
      url: `http://127.0.0.1:${BASE_PORT}${PREVIEW_BASE_PATH}/`,
      reuseExistingServer: false,
    },
    ...(generated
      ? [{ command: `node scripts/serve.mjs --dir ${GENERATED_OUT} --port ${GENERATED_PORT} --base ${GENERATED_BASE_PATH}`, url: `http://127.0.0.1:${GENERATED_PORT}${GENERATED_BASE_PATH}/`, reuseExistingServer: false }]
      : []),
  ],
})
