import { DRAFT, PRODUCTION_URL, archivedPosts, linkedPaths, zoneOffset } from './content'
import { FEED_SIZE } from '../lib/feeds/build'
import { readFeed, type FeedFormat } from './feed-reader'
import { AUDITED_PAGES, POST, expect, test } from './helpers'

// Feeds as a reader's app sees them: found through the page head, parsed strictly, and holding the
// same posts the archive page lists, each complete and addressed on the production site.

const FEEDS: readonly { format: FeedFormat; file: string; type: string }[] = [
  { format: 'rss', file: 'feed.xml', type: 'application/rss+xml' },
  { format: 'atom', file: 'atom.xml', type: 'application/atom+xml' },
  { format: 'json', file: 'feed.json', type: 'application/feed+json' },
]

const PAGES = [...AUDITED_PAGES, { path: 'archive/', status: 200 }, { path: 'authors/', status: 200 }, { path: 'authors/dale-ragan/', status: 200 }, { path: 'search/', status: 200 }] as const

test('every page links the site feeds from its head, under the base path', async ({ page, site }) => {
  for (const { path, status } of PAGES) {
    await site.visit(page, path, status)
    for (const feed of FEEDS) {
      await expect(page.locator(`head link[rel="alternate"][type="${feed.type}"]`).first(), `${feed.file} on /${path}`).toHaveAttribute('href', `${site.basePath}/${feed.file}`)
    }
  }
})

test('a tag page also links its own feeds', async ({ page, site }) => {
  await site.visit(page, 'tags/docker/')
  for (const feed of FEEDS) {
    await expect(page.locator(`head link[rel="alternate"][type="${feed.type}"][href="${site.basePath}/tags/docker/${feed.file}"]`)).toHaveCount(1)
  }
})

for (const feed of FEEDS) {
  test(`the ${feed.format} feed holds every listed post, complete, absolute and dated in the site zone`, async ({ page, site }) => {
    const listed = await archivedPosts(page, site.basePath)
    const response = await page.request.get(site.url(feed.file))
    expect(response.status()).toBe(200)
    const entries = await readFeed(page, feed.format, await response.text())

    // The archive lists newest first; a feed carries the newest FEED_SIZE of them.
    expect(entries.map((entry) => entry.url)).toEqual(listed.slice(0, FEED_SIZE).map((path) => `${PRODUCTION_URL}/${path}`))
    expect(entries.map((entry) => entry.url).includes(`${PRODUCTION_URL}/${DRAFT.path}`), 'the draft is in a preview feed only').toBe(site.isPreview)

    for (const entry of entries) {
      expect(entry.url).toMatch(/^https:\/\//)
      const offset = zoneOffset(new Date(entry.date))
      expect(entry.date, `date of ${entry.url}`).toMatch(feed.format === 'rss' ? new RegExp(`${offset.replace(':', '')}$`) : new RegExp(`${offset}$`))
      // Root-relative links would resolve against the feed reader, not the site.
      expect(entry.html, `links in ${entry.url}`).not.toMatch(/\s(?:href|src)="\/(?!\/)/)
    }

    const seed = entries.find((entry) => entry.url === `${PRODUCTION_URL}/${POST.path}`)
    if (!seed) throw new Error('the seed post is missing from the feed')
    expect(seed.date).toMatch(feed.format === 'rss' ? /^Mon, 20 Jun 2016 00:00:00 -0700$/ : /^2016-06-20T00:00:00-07:00$/)
    expect(seed.html).toContain(`src="${PRODUCTION_URL}/blog/images/aws-immutable-infrastructure.png"`)

    // Full content, not an excerpt: the post page's last paragraph is in the feed too.
    await site.visit(page, POST.path)
    const lastParagraph = await page.locator('.post__body > p').last().textContent()
    const feedText = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '', seed.html)
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()
    expect(squash(lastParagraph).length).toBeGreaterThan(40)
    expect(squash(feedText)).toContain(squash(lastParagraph))
  })
}

test('the docker tag feed holds the posts the tag page lists', async ({ page, site }) => {
  await site.visit(page, 'tags/docker/')
  const listed = await linkedPaths(page.getByRole('main').locator('.post-card__title a'), site.basePath)
  expect(listed).toContain(POST.path)
  const response = await page.request.get(site.url('tags/docker/feed.xml'))
  expect(response.status()).toBe(200)
  const entries = await readFeed(page, 'rss', await response.text())
  expect(entries.map((entry) => entry.url)).toEqual(listed.slice(0, FEED_SIZE).map((path) => `${PRODUCTION_URL}/${path}`))
})
