// The computed style of every element of a page, and of each ::before/::after that has content, keyed by
// the element's place in the tree, for bench/css-diff.mjs to compare between two builds.
import { inMain, inProse } from './css-fixture.mjs'

/**
 * Runs in the page. `drop` removes every rule with that selector first: the way to see the check fail.
 * @param {string | undefined} drop
 */
function collect(drop) {
  if (drop) {
    for (const sheet of document.styleSheets) {
      for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
        const rule = sheet.cssRules[i]
        if (rule instanceof CSSStyleRule && rule.selectorText === drop) sheet.deleteRule(i)
      }
    }
  }
  /** @param {Element} element */
  const keyOf = (element) => {
    const parts = []
    for (let node = element; node; node = node.parentElement) {
      const index = node.parentElement ? Array.prototype.indexOf.call(node.parentElement.children, node) : 0
      parts.unshift(`${node.tagName.toLowerCase()}[${index}]`)
    }
    return parts.join('>')
  }
  /** @type {Record<string, Record<string, string>>} */
  const boxes = {}
  for (const element of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo)
      if (pseudo && (style.content === 'none' || style.content === 'normal')) continue
      /** @type {Record<string, string>} */
      const values = {}
      for (let i = 0; i < style.length; i++) {
        const name = style.item(i)
        values[name] = style.getPropertyValue(name)
      }
      boxes[keyOf(element) + (pseudo ?? '')] = values
    }
  }
  const classes = [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList])
  return { boxes, classes }
}

/**
 * @typedef {{ name: string, path: string, dialog?: 'results' | 'empty' | 'none', fixture?: boolean, dataTheme?: string }} Page
 * @typedef {{ page: Page, scheme: 'light' | 'dark', width: number, media: 'screen' | 'print' }} Scenario
 */

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {Scenario} scenario
 * @param {string} [drop]
 */
export async function snapshot(browser, origin, { page, scheme, width, media }, drop) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme })
  try {
    const tab = await context.newPage()
    await tab.emulateMedia({ media, colorScheme: scheme, reducedMotion: 'reduce' })
    await tab.goto(origin + page.path, { waitUntil: 'networkidle' })
    if (page.dialog) {
      await tab.click('.search-button')
      await tab.waitForSelector('dialog[open] input')
      if (page.dialog === 'results') {
        await tab.fill('dialog[open] input', 'container')
        await tab.waitForSelector('dialog[open] .search-result')
      } else if (page.dialog === 'none') {
        await tab.fill('dialog[open] input', 'zzqxjv')
        await tab.waitForSelector('dialog[open] .search-empty')
        await tab.click('dialog[open] .search-filters summary')
        await tab.waitForSelector('dialog[open] .search-filters__fields')
      }
      await tab.waitForTimeout(500)
    }
    if (page.fixture) {
      await tab.evaluate(
        ([main, prose, theme]) => {
          document.querySelector('main')?.insertAdjacentHTML('beforeend', main ?? '')
          document.querySelector('.prose')?.insertAdjacentHTML('beforeend', prose ?? '')
          if (theme) document.documentElement.dataset.theme = theme
        },
        [inMain, inProse, page.dataTheme],
      )
      // An image's size depends on its loading, not on the stylesheet: wait for the fixture's.
      await tab.waitForFunction(() => [...document.images].filter((image) => image.getAttribute('src') === '/icon.svg').every((image) => image.complete))
    }
    return await tab.evaluate(collect, drop)
  } finally {
    await context.close()
  }
}
