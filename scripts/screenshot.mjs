#!/usr/bin/env node
// Refreshes docs/screenshot.png, the README's picture: the seed post in the light theme, from the root
// build in out/ (run `npm run build` first). Uses the system Chromium, as the e2e suite does.
//   node scripts/screenshot.mjs
import { execFileSync, spawn } from 'node:child_process'
import { chromium } from '@playwright/test'

const PORT = 4390
const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'out', '--port', String(PORT)], { stdio: 'ignore' })
try {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: 'light' })
  await page.goto(`http://127.0.0.1:${PORT}/2016/06/20/container-days-in-boston/`)
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
  await page.screenshot({ path: 'docs/screenshot.png' })
  await browser.close()
  console.log('wrote docs/screenshot.png')
} finally {
  server.kill()
}
