import { describe, expect, it } from 'vitest'
import { newestOf, planSitemap, SITEMAP_URL_LIMIT, sitemapIndexXml, urlsetXml, type SitemapEntry } from './xml'

const entries = (n: number): SitemapEntry[] => Array.from({ length: n }, (_, i) => ({ url: `https://blog.example/p${i}/`, lastModified: `2020-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` }))

describe('planSitemap', () => {
  it('keeps one list of URLs up to the limit', () => {
    expect(planSitemap(entries(3), 3)).toEqual({ kind: 'urlset', entries: entries(3) })
  })

  it('splits past the limit into parts of at most the limit, in order', () => {
    const plan = planSitemap(entries(7), 3)
    if (plan.kind !== 'index') throw new Error(`expected an index, got ${plan.kind}`)
    expect(plan.parts.map((part) => part.map((e) => e.url.slice(-3)))).toEqual([['p0/', 'p1/', 'p2/'], ['p3/', 'p4/', 'p5/'], ['p6/']])
  })

  it("uses the protocol's limit by default", () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000)
    expect(planSitemap(entries(31)).kind).toBe('urlset')
  })

  it('refuses a limit that is not a whole number from 1', () => {
    expect(() => planSitemap(entries(2), 0)).toThrow(/not a whole number from 1/)
  })
})

describe('sitemap XML', () => {
  it('writes a urlset with escaped locations', () => {
    const xml = urlsetXml([{ url: 'https://blog.example/a&b/', lastModified: '2020-01-01T00:00:00.000Z' }])
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<loc>https://blog.example/a&amp;b/</loc>')
    expect(xml).toContain('<lastmod>2020-01-01T00:00:00.000Z</lastmod>')
  })

  it('writes an index naming each part', () => {
    const xml = sitemapIndexXml([{ url: 'https://blog.example/sitemaps/sitemap-1.xml', lastModified: '2020-01-01T00:00:00.000Z' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<sitemap>\n<loc>https://blog.example/sitemaps/sitemap-1.xml</loc>')
    expect(xml).not.toContain('<urlset')
  })

  it('dates by the newest entry, by instant', () => {
    expect(newestOf([{ lastModified: '2019-05-01T00:00:00.000Z' }, { lastModified: '+010000-01-01T00:00:00.000Z' }, { lastModified: '2020-01-01T00:00:00.000Z' }])).toBe('+010000-01-01T00:00:00.000Z')
    expect(newestOf([])).toBe('1970-01-01T00:00:00.000Z')
  })
})
