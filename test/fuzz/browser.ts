import { chromium, type Browser } from '@playwright/test'
import { chromiumPath } from '../../lib/build/chromium.mjs'
import { MARKER, OWN_FLAG, RAN_FLAG } from './page'

/** Wall-clock bound on loading and judging one page. */
export const PAGE_TIME_LIMIT_MS = 15_000

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath() })
}

/**
 * The check run inside the page, as source text: a function passed to `evaluate` would carry the helpers
 * tsx adds to named functions (`__name`), which the page does not have.
 */
const PAGE_CHECK = `(() => {
  const problems = []
  if (window[${JSON.stringify(OWN_FLAG)}] !== true) problems.push("the page's own inline script did not run (left out of its CSP)")
  const ran = window[${JSON.stringify(RAN_FLAG)}]
  if (ran !== undefined) problems.push('a script in the post ran (' + String(ran) + '×)')
  const header = document.querySelector('.site-header')
  if (!header) return ['no header']
  const box = header.getBoundingClientRect()
  for (let x = box.left + 2; x < box.right; x += 25) {
    for (let y = box.top + 1; y < box.bottom; y += 6) {
      const hit = document.elementFromPoint(x, y)
      if (hit && !header.contains(hit) && hit !== document.documentElement && hit !== document.body) {
        problems.push('<' + hit.tagName.toLowerCase() + ' class="' + hit.className + '"> covers the header at ' + Math.round(x) + ',' + Math.round(y))
        return problems
      }
    }
  }
  if (!document.body.innerText.includes(${JSON.stringify(MARKER)})) problems.push("the post's text is not on the page")
  return problems
})()`

/**
 * Opens the page at an https origin of its own and returns what is wrong with it: a post script that
 * ran, the site's own script that did not, an element of the post drawn over the header, the post's
 * text lost. Empty when the page is in order.
 */
export async function pageProblems(browser: Browser, html: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(PAGE_TIME_LIMIT_MS)
    // Nothing leaves the machine: the page itself is served here, every other request is refused.
    await page.route('**/*', (route) => (route.request().url() === 'https://fuzz.test/' ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()))
    await page.goto('https://fuzz.test/', { waitUntil: 'load' })
    // Error events of broken images fire after load; give them a moment.
    await page.waitForTimeout(100)
    const problems: unknown = await page.evaluate(PAGE_CHECK)
    if (!Array.isArray(problems)) throw new Error('the page check returned no list')
    return problems.map(String)
  } finally {
    await context.close()
  }
}
