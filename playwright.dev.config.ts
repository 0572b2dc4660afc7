import { defineConfig, devices } from '@playwright/test'
import { chromiumPath } from './lib/build/chromium.mjs'
import { DEV_PORT } from './lib/testing/env.mjs'

// The author's loop: `npm run dev` on a scratch copy of content/, started by the spec itself (it also
// stops it, and checks what stopping leaves), so no webServer here. One worker: the specs edit files the
// one dev server watches, in order.
export default defineConfig({
  testDir: 'e2e-dev',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Starting `next dev` and compiling the first page takes a while on a shared 2-core machine.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${DEV_PORT}/`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
})
