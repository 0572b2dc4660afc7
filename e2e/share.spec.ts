import { PRODUCTION_URL, archivedPosts } from './content'
import { expect, test } from './helpers'

// What a link preview shows when a post is shared: Open Graph and Twitter cards naming a 1200×630 PNG
// on the production site, which the export really contains, and JSON-LD that search engines can read.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's first chunk, which the format requires to be IHDR. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: wrong signature')
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: first chunk is not IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined
}

test('every post has share cards, JSON-LD and a 1200×630 PNG share image in the export', async ({ page, site }) => {
  const posts = await archivedPosts(page, site.basePath)
  for (const path of posts) {
    await site.visit(page, path)
    const meta = (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first()
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''

    const image = await meta('og:image').getAttribute('content')
    if (!image) throw new Error(`${path} has no og:image`)
    expect(image, path).toMatch(new RegExp(`^${PRODUCTION_URL.replace(/[.]/g, '\\.')}/.+\\.png$`))
    expect(image).toMatch(/^https:\/\//)
    await expect(meta('og:image:width'), path).toHaveAttribute('content', '1200')
    await expect(meta('og:image:height'), path).toHaveAttribute('content', '630')
    await expect(meta('og:type'), path).toHaveAttribute('content', 'article')
    await expect(meta('twitter:card'), path).toHaveAttribute('content', 'summary_large_image')
    await expect(meta('twitter:image'), path).toHaveAttribute('content', image)

    const jsonLd: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
    expect(field(jsonLd, '@type'), path).toBe('BlogPosting')
    expect(field(jsonLd, 'headline'), path).toBe(title)
    const published = field(jsonLd, 'datePublished')
    expect(typeof published === 'string' && !Number.isNaN(Date.parse(published)), `datePublished of ${path}: ${String(published)}`).toBe(true)
    const authors = field(jsonLd, 'author')
    const names = Array.isArray(authors) ? authors.map((author: unknown) => field(author, 'name')) : []
    const bylines = await page.locator('.post-meta a[href*="/authors/"]').allTextContents()
    expect(names, `authors of ${path}`).toEqual(bylines)
    expect(names.length, `authors of ${path}`).toBeGreaterThan(0)

    // The production URL's path, served by this test server under its base path.
    const file = await page.request.get(site.url(new URL(image).pathname))
    expect(file.status(), image).toBe(200)
    expect(file.headers()['content-type']).toMatch(/^image\/png/)
    expect(pngSize(await file.body()), image).toEqual({ width: 1200, height: 630 })
  }
})
