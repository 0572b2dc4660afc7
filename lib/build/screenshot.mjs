// Refreshes docs/screenshot.png, the README's picture: the seed post in the light theme, from the root
// build in out/ (run `npm run build` first). Uses the system Chromium, as the e2e suite does; requests to
// other hosts (analytics, if the build has them on) are refused, so the picture never reaches the network.
import { once } from 'node:events'
import { chromium } from '@playwright/test'
import { chromiumPath } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

/**
 * Serves out/ on `port` and writes the seed post's picture to `output`.
 * @param {{ port: number, output: string }} options
 */
export async function takeScreenshot({ port, output }) {
  const executablePath = chromiumPath()
  const server = serveStatic({ dir: 'out', port, base: '', gzip: false })
  try {
    await once(server, 'listening')
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: 'light' })
    await page.route((url) => url.host !== `127.0.0.1:${port}`, (route) => route.abort())
    await page.goto(`http://127.0.0.1:${port}/2016/06/20/container-days-in-boston/`)
    await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
    await page.screenshot({ path: output })
    await browser.close()
    console.log(`wrote ${output}`)
  } finally {
    server.close()
  }
}
