import type { Page } from '@playwright/test'
import { DRAFT, PRODUCTION_URL, archivedPosts, linkedPaths } from './content'
import { POST, expect, test } from './helpers'

// The sitemap as a search engine reads it: strict XML, production URLs, a lastmod on every entry, and
// every page a reader can reach from the archive, tag and author indexes.

type SitemapEntry = { loc: string; lastmod: string }

async function readSitemap(page: Page, url: string): Promise<SitemapEntry[]> {
  const response = await page.request.get(url)
  expect(response.status()).toBe(200)
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const error = doc.getElementsByTagName('parsererror')[0]
    if (error) return { error: error.textContent ?? 'parsererror' }
    const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
    if (doc.documentElement.localName !== 'urlset' || doc.documentElement.namespaceURI !== NS) return { error: `root is <${doc.documentElement.localName}>` }
    const text = (parent: Element, name: string) => parent.getElementsByTagNameNS(NS, name)[0]?.textContent?.trim() ?? ''
    return { entries: [...doc.getElementsByTagNameNS(NS, 'url')].map((url) => ({ loc: text(url, 'loc'), lastmod: text(url, 'lastmod') })) }
  }, await response.text())
  if ('error' in parsed) throw new Error(`sitemap.xml does not parse: ${parsed.error}`)
  return parsed.entries
}

test('the sitemap lists every post, tag, author and listing page, each with a lastmod', async ({ page, site }) => {
  const posts = await archivedPosts(page, site.basePath)
  await site.visit(page, 'tags/')
  const tags = await linkedPaths(page.getByRole('main').locator('a[href*="/tags/"]'), site.basePath)
  await site.visit(page, 'authors/')
  const authors = await linkedPaths(page.getByRole('main').locator('a[href*="/authors/"]'), site.basePath)
  expect(tags).toContain('tags/docker/')
  expect(authors).toContain('authors/dale-ragan/')

  const entries = await readSitemap(page, site.url('sitemap.xml'))
  const locs = entries.map((entry) => entry.loc)
  for (const path of ['', 'archive/', 'tags/', 'authors/', ...posts, ...tags, ...authors]) expect(locs, `sitemap lists /${path}`).toContain(`${PRODUCTION_URL}/${path}`)
  expect(locs.includes(`${PRODUCTION_URL}/${DRAFT.path}`), 'the draft is in a preview sitemap only').toBe(site.isPreview)
  expect(new Set(locs).size, 'no URL twice').toBe(locs.length)

  for (const { loc, lastmod } of entries) {
    expect(loc).toMatch(new RegExp(`^${PRODUCTION_URL.replace(/[.]/g, '\\.')}/`))
    expect(lastmod, `lastmod of ${loc}`).toMatch(/^\d{4}-\d\d-\d\d/)
    expect(Number.isNaN(Date.parse(lastmod)), `lastmod of ${loc}`).toBe(false)
  }
  // A post's page last changed with the post: the seed post was written on 20 June 2016 (Los Angeles).
  expect(entries.find((entry) => entry.loc === `${PRODUCTION_URL}/${POST.path}`)?.lastmod).toMatch(/^2016-06-20/)
})

test('every URL in the sitemap is a page this build serves', async ({ page, site }) => {
  const entries = await readSitemap(page, site.url('sitemap.xml'))
  for (const { loc } of entries) {
    const response = await page.request.get(site.url(new URL(loc).pathname))
    expect(response.status(), loc).toBe(200)
  }
})

test('robots.txt points production crawlers at the sitemap and keeps them off a preview', async ({ request, site }) => {
  const response = await request.get(site.url('robots.txt'))
  expect(response.status()).toBe(200)
  const lines = (await response.text()).split('\n')
  if (site.isPreview) expect(lines).toContain('Disallow: /')
  else expect(lines.filter((line) => line.startsWith('Sitemap:'))).toEqual([`Sitemap: ${PRODUCTION_URL}/sitemap.xml`])
})
