import { defineConfig, devices } from '@playwright/test'
import { chromiumPath } from './scripts/chromium.mjs'
import { BASE_PORT, PREVIEW_BASE_PATH, ROOT_PORT } from './scripts/test-env.mjs'

const isCI = Boolean(process.env.CI)

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
      // The system Chromium (`npx playwright install` cannot run here), found as scripts/chromium.mjs says.
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // baseURL ends with a slash: specs navigate to paths without a leading one (`tags/`), which resolve
  // under the base path; a leading slash would escape it.
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    // The imported Jekyll site is one build at the root, served by its own spec: one project reads it.
    { name: 'base', use: { baseURL: `http://127.0.0.1:${BASE_PORT}${PREVIEW_BASE_PATH}/` }, testIgnore: /jekyll-import\.spec\.ts$/ },
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
  ],
})
