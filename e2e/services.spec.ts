import AxeBuilder from '@axe-core/playwright'
import type { Page, Request } from '@playwright/test'
import { expect, POST, test, themeToggle } from './helpers'

// Services the test builds switch on (test/site-features.json), each against a local stub of its script
// (e2e/services.ts): math typeset and diagrams drawn at build time, comments that load on approach, analytics on production
// pages only. The same journeys run at `/` and in the preview under its base path.

const WITH_MATH = '2025/03/10/what-this-blog-can-do/'
const WITH_COMMENTS = '2025/03/17/around-a-post/'
const PROVIDER = /^https:\/\/(plausible\.io|cloud\.umami\.is|www\.googletagmanager\.com|[\w-]+\.google-analytics\.com|giscus\.app)\//

function providerRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request: Request) => {
    if (PROVIDER.test(request.url())) seen.push(request.url())
  })
  return seen
}

function cspViolations(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text())
  })
  return seen
}

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

test('math is typeset in the page, with KaTeX CSS and fonts from the site and no script for it', async ({ page, site }) => {
  const fonts: string[] = []
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) fonts.push(`${response.status()} ${new URL(response.url()).pathname}`)
  })
  await site.visit(page, WITH_MATH)
  const math = page.locator('.post__body .katex')
  await expect(math.first()).toBeVisible()
  expect(await math.count()).toBeGreaterThanOrEqual(3)
  await expect(page.locator('.katex-display math')).toHaveAttribute('display', 'block')
  await expect(page.locator(`head link[rel="stylesheet"][href="${site.basePath}/katex/katex.css"]`)).toHaveCount(1)
  // Typeset with KaTeX's fonts, loaded from the site itself.
  await expect(page.locator('.katex').first()).toHaveCSS('font-family', /KaTeX_Main/)
  await expect.poll(() => fonts.length).toBeGreaterThan(0)
  for (const font of fonts) expect(font).toMatch(new RegExp(`^200 ${site.basePath}/katex/KaTeX_`))
  const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''))
  expect(scripts.filter((src) => /katex|math/i.test(src))).toEqual([])
  await axeClean(page)
})

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const v = c / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

test('a diagram is inline SVG drawn for the theme in force, its labels readable in both, with no script', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await site.visit(page, WITH_COMMENTS)
  const figure = page.locator('.post__body figure.diagram')
  await expect(figure).toHaveCount(1)
  const light = figure.locator('.diagram__svg--light svg')
  const dark = figure.locator('.diagram__svg--dark svg')
  // Each theme's label contrast against its node's fill, measured on the SVG the reader sees.
  const labelContrast = async (svg: typeof light) => {
    const node = svg.locator('g.node').filter({ hasText: 'Open a pull request' })
    const text = await node.locator('text').first().evaluate((element) => getComputedStyle(element).fill)
    const box = await node.locator('rect.label-container').evaluate((element) => getComputedStyle(element).fill)
    return contrast(text, box)
  }
  await expect(light).toBeVisible()
  await expect(dark).toBeHidden()
  expect(await labelContrast(light)).toBeGreaterThanOrEqual(4.5)
  await themeToggle(page).click()
  await expect(dark).toBeVisible()
  await expect(light).toBeHidden()
  expect(await labelContrast(dark)).toBeGreaterThanOrEqual(4.5)
  const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''))
  expect(scripts.filter((src) => /mermaid|diagram/i.test(src))).toEqual([])
  await axeClean(page)
})

test('a page without math does not load the KaTeX stylesheet', async ({ page, site }) => {
  await site.visit(page, POST.path)
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0)
})

test('comments load only when the reader scrolls near them, inside the page policy', async ({ page, site }) => {
  const requests = providerRequests(page)
  const violations = cspViolations(page)
  // A phone: the comments start well below the first screen.
  await page.setViewportSize({ width: 390, height: 500 })
  await site.visit(page, WITH_COMMENTS)
  const comments = page.getByRole('region', { name: 'Comments' })
  await expect(comments).toBeAttached()
  await page.waitForTimeout(500)
  expect(requests.filter((url) => url.startsWith('https://giscus.app'))).toEqual([])

  await comments.scrollIntoViewIfNeeded()
  await expect(page.locator('html')).toHaveAttribute('data-stub-giscus', 'ran')
  const script = comments.locator('script[src="https://giscus.app/client.js"]')
  await expect(script).toHaveAttribute('data-repo', 'pressroom-example/pressroom')
  // One thread per post in production and every preview: keyed by the site-relative URL.
  await expect(script).toHaveAttribute('data-term', `/${WITH_COMMENTS}`)
  await expect(comments.frameLocator('iframe').getByText('Comments (stub)')).toBeVisible()
  expect(violations).toEqual([])
  await axeClean(page)
})

test('a post with `comments: false`, and a page, have no comments and load none of their script', async ({ page, site }) => {
  for (const path of [WITH_MATH, 'about/']) {
    await site.visit(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Comments' })).toHaveCount(0)
    await expect(page.locator('script[src*="comments/loader.js"]')).toHaveCount(0)
  }
  await site.visit(page, WITH_COMMENTS)
  await expect(page.locator(`script[src="${site.basePath}/comments/loader.js"]`)).toHaveCount(1)
})

test('comments load after a client-side navigation from a page without them', async ({ page, site }) => {
  // The document keeps the policy of the page it was loaded as: the home page must already allow giscus.
  const violations = cspViolations(page)
  await site.visit(page, '')
  await page.getByRole('link', { name: 'Around a post' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Around a post')
  await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded()
  await expect(page.locator('html')).toHaveAttribute('data-stub-giscus', 'ran')
  expect(violations).toEqual([])
})

test('analytics run on production pages and never in a preview', async ({ page, site }) => {
  const requests = providerRequests(page)
  const violations = cspViolations(page)
  await site.visit(page, POST.path)
  const html = page.locator('html')
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
  if (site.isPreview) {
    await page.waitForLoadState('networkidle')
    expect(requests).toEqual([])
    await expect(page.locator('script[src*="plausible"], script[src*="umami"], script[src*="googletagmanager"]')).toHaveCount(0)
    expect(policy).not.toMatch(/plausible|umami|google/)
    return
  }
  await expect(page.locator('script[src="https://plausible.io/js/script.js"]')).toHaveAttribute('data-domain', 'pressroom.example.com')
  await expect(page.locator('script[src="https://cloud.umami.is/script.js"]')).toHaveAttribute('data-website-id', /^[0-9a-f-]{36}$/)
  for (const name of ['plausible', 'umami', 'ga4']) await expect(html).toHaveAttribute(`data-stub-${name}`, 'ran')
  // Each stub sent its page view: connect-src lets it through.
  await expect.poll(() => requests.filter((url) => /api\/event|api\/send|g\/collect/.test(url)).length).toBe(3)
  await expect.poll(() => page.evaluate(() => Array.isArray(Reflect.get(window, 'dataLayer')) && Reflect.get(window, 'dataLayer').length > 0)).toBe(true)
  expect(violations).toEqual([])
})
