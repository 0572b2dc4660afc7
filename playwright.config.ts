import { execFileSync } from 'node:child_process'
import { isAbsolute } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { BASE_PORT, PREVIEW_BASE_PATH, ROOT_PORT } from './scripts/test-env.mjs'

/**
 * The system Chromium (`npx playwright install` cannot run here): `CHROMIUM_PATH`, else `chromium` on PATH,
 * resolved to an absolute path because Playwright does not search PATH itself.
 */
function chromiumPath(): string {
  const name = process.env.CHROMIUM_PATH ?? 'chromium'
  if (isAbsolute(name)) return name
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error(`Chromium "${name}" is not on PATH: install it (apt-get install chromium) or set CHROMIUM_PATH to its executable`)
  }
}

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
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // baseURL ends with a slash: specs navigate to paths without a leading one (`tags/`), which resolve
  // under the base path; a leading slash would escape it.
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'base', use: { baseURL: `http://127.0.0.1:${BASE_PORT}${PREVIEW_BASE_PATH}/` } },
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
