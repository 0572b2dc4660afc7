#!/usr/bin/env node
// Refreshes docs/screenshot.png, the README's picture: the seed post in the light theme, from the root
// build in out/ (run `npm run build` first). Uses the system Chromium, as the e2e suite does; requests to
// other hosts (analytics, if the build has them on) are refused, so the picture never reaches the network.
//   node scripts/screenshot.mjs [file]    (default docs/screenshot.png; SCREENSHOT_PORT moves the server)
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumPath } from '../lib/build/chromium.mjs'

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4390)
const OUTPUT = process.argv[2] ?? 'docs/screenshot.png'
const executablePath = chromiumPath()
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'out', '--port', String(PORT)], { stdio: 'ignore' })
try {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: 'light' })
  await page.route((url) => url.host !== `127.0.0.1:${PORT}`, (route) => route.abort())
  await page.goto(`http://127.0.0.1:${PORT}/2016/06/20/container-days-in-boston/`)
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
  await page.screenshot({ path: OUTPUT })
  await browser.close()
  console.log(`wrote ${OUTPUT}`)
} finally {
  server.kill()
}
