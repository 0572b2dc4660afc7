import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { headerPolicy } from '../lib/build/csp/policy.mjs'
import { headerSources } from '../lib/build/csp/site-sources'
import { PREVIEW_BASE_PATH } from '../lib/testing/env.mjs'
import { pageLinks, sitemapPages, visit } from './crawl'
import { stubServices } from './services'

// Analytics and comments scripts come from local stubs, never the network.
test.beforeEach(async ({ context }) => stubServices(context))

// The `base` project serves a preview build (PREVIEW_PR=42, a commit SHA, SHOW_DRAFTS=1) under the
// preview base path; `root` serves a production build at `/`. Each test states what both must show.

function siteRoot(testInfo: TestInfo): string {
  const root = testInfo.project.use.baseURL
  if (!root) throw new Error(`project ${testInfo.project.name} has no baseURL`)
  return root
}

function isPreviewBuild(testInfo: TestInfo): boolean {
  return new URL(siteRoot(testInfo)).pathname.startsWith(`${PREVIEW_BASE_PATH}/`)
}

const HEADER_POLICY = headerPolicy(headerSources())

/** Sends the hosts' CSP header with every page, as vercel.json and _headers do, on top of the page's meta. */
async function withHostHeaders(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch({ maxRedirects: 0 })
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': HEADER_POLICY } })
  })
}

async function reachablePages(page: Page, root: string): Promise<string[]> {
  const sitemap = await page.request.get(new URL('sitemap.xml', root).href)
  const queue = [root, ...(sitemap.ok() ? sitemapPages(await sitemap.text(), root) : [])]
  const seen = new Set<string>()
  const found: string[] = []
  while (queue.length > 0) {
    const url = queue.shift()
    if (url === undefined || seen.has(url)) continue
    seen.add(url)
    found.push(url)
    await page.goto(url)
    queue.push(...(await pageLinks(page, root)))
  }
  return found
}

test('every reachable page loads without a broken request or a CSP violation, and carries its build’s markings', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const root = siteRoot(testInfo)
  const preview = isPreviewBuild(testInfo)
  const pages = await reachablePages(page, root)
  expect(pages.length, 'the crawl should reach more than the home page').toBeGreaterThan(3)
  await withHostHeaders(page)
  const problems: string[] = []
  for (const url of pages) {
    const { failures, cspViolations } = await visit(page, url)
    problems.push(...failures.map((failure) => `${url}: ${failure}`), ...cspViolations.map((violation) => `${url}: ${violation}`))
    const banner = page.getByRole('complementary', { name: 'Preview deploy' })
    const identity = banner.getByTestId('preview-identity')
    const noindex = page.locator('meta[name="robots"][content*="noindex"]')
    if (preview) {
      await expect(identity, url).toHaveText(/^Preview · PR #42 · [0-9a-f]{7}$/)
      await expect(banner.getByTestId('preview-changes'), url).toHaveText('1 added, 1 changed, 1 removed · Changes in this preview')
      await expect(noindex, url).toHaveCount(1)
    } else {
      await expect(banner, url).toHaveCount(0)
      await expect(noindex, url).toHaveCount(0)
    }
  }
  expect(problems).toEqual([])
})

test('robots.txt disallows a preview and allows production, pointing at the sitemap', async ({ request }, testInfo) => {
  const response = await request.get(new URL('robots.txt', siteRoot(testInfo)).href)
  expect(response.status()).toBe(200)
  const robots = await response.text()
  if (isPreviewBuild(testInfo)) {
    expect(robots).toMatch(/^Disallow: \/$/m)
    expect(robots).not.toMatch(/^Allow:/m)
  } else {
    expect(robots).toMatch(/^Allow: \/$/m)
    expect(robots).not.toMatch(/^Disallow: \/$/m)
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)
  }
})

test('following a post link from the home page is a soft navigation, not a page load', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(() => Object.assign(window, { pressroomSoftNavMarker: true }))
  const postLink = page.locator('.post-card__title a').first()
  const title = (await postLink.textContent()) ?? ''
  await postLink.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  expect(await page.evaluate(() => Reflect.get(window, 'pressroomSoftNavMarker'))).toBe(true)
})

// A preview whose search finds nothing would pass every other check: the index must really answer.
test('a search finds the seed post', async ({ page }) => {
  await page.goto('search/?q=overlay')
  await expect(page.getByRole('combobox', { name: 'Search posts' })).toHaveValue('overlay')
  await expect(page.getByRole('option', { name: /Container Days in Boston/ })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* posts? found$/)
})

test('search finds a draft in the preview that carries it, and nowhere else', async ({ page }, testInfo) => {
  // A word of the draft's prose: its code block's language label ("dockerfile") is not indexed.
  await page.goto('search/?q=quotation')
  await expect(page.getByRole('combobox', { name: 'Search posts' })).toHaveValue('quotation')
  const status = page.getByRole('status')
  if (isPreviewBuild(testInfo)) {
    await expect(page.getByRole('option', { name: /Writing for this blog/ })).toBeVisible()
  } else {
    await expect(status).toHaveText(/^No results/)
    await expect(page.getByRole('option', { name: /Writing for this blog/ })).toHaveCount(0)
  }
})
