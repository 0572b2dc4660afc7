#!/usr/bin/env node
// No flash of the wrong theme: loads a page in Chromium with a stored theme that differs from the system
// one and records the body's background at the first animation frame that has a body (just before the
// first paint of it) and at DOMContentLoaded. Both must already be the stored theme's colour.
// Usage: node bench/theme-flash.mjs [--dir out] [--port 4573] [--page /2016/06/20/container-days-in-boston/]
import { chromium } from '@playwright/test'
import { parseArgs } from 'node:util'
import { chromiumPath } from '../lib/build/chromium.mjs'
import { serve } from './lib/servers.mjs'

// Keep in step with --bg in app/_styles/tokens.css and THEME_STORAGE_KEY in components/ThemeScript.tsx.
const BACKGROUND = { light: 'rgb(251, 250, 247)', dark: 'rgb(22, 23, 27)' }
const STORAGE_KEY = 'pressroom-theme'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'out' },
    port: { type: 'string', default: '4573' },
    page: { type: 'string', default: '/2016/06/20/container-days-in-boston/' },
  },
})

/** Runs in the page before any of its own scripts. */
function recordEarlyColours() {
  const seen = /** @type {Record<string, string>} */ ({})
  Object.assign(window, { __themeSeen: seen })
  const read = () => `${getComputedStyle(document.body).backgroundColor} data-theme=${document.documentElement.dataset.theme ?? '(none)'}`
  const frame = () => (document.body ? (seen.firstFrame = read()) : requestAnimationFrame(frame))
  requestAnimationFrame(frame)
  document.addEventListener('DOMContentLoaded', () => (seen.domContentLoaded = read()))
}

/** @type {Array<{ stored: string | null, system: 'light' | 'dark', expect: string }>} */
const cases = [
  { stored: 'dark', system: 'light', expect: BACKGROUND.dark },
  { stored: 'light', system: 'dark', expect: BACKGROUND.light },
  { stored: null, system: 'dark', expect: BACKGROUND.dark },
]

const server = await serve(values.dir, Number(values.port))
/**
 * @param {import('@playwright/test').Browser} browser @param {string} url
 * @param {{ stored: string | null, system: 'light' | 'dark', expect: string }} theme
 * @returns {Promise<number>} how many moments showed the wrong colour
 */
async function check(browser, url, { stored, system, expect }) {
  const context = await browser.newContext({ colorScheme: system })
  try {
    const page = await context.newPage()
    // Store the choice as a reader's earlier visit would have, then come back.
    await page.goto(url)
    await page.evaluate(([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)), [STORAGE_KEY, stored])
    await page.addInitScript(recordEarlyColours)
    await page.goto(url, { waitUntil: 'load' })
    const seen = await page.evaluate(() => /** @type {Record<string, string>} */ (Reflect.get(window, '__themeSeen')))
    let wrong = 0
    for (const moment of ['firstFrame', 'domContentLoaded']) {
      const ok = seen[moment]?.startsWith(expect) ?? false
      if (!ok) wrong += 1
      console.log(`${ok ? '✓' : '✗'} stored ${stored ?? 'none'}, system ${system}, ${moment}: ${seen[moment] ?? 'not recorded'} (want ${expect})`)
    }
    return wrong
  } finally {
    await context.close()
  }
}

let failures = 0
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] })
  try {
    for (const theme of cases) failures += await check(browser, server.origin + values.page, theme)
  } finally {
    await browser.close()
  }
} finally {
  server.stop()
}
if (failures > 0) process.exit(1)
