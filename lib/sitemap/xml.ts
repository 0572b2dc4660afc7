import { escapeXml } from '../feeds/xml'

/** The sitemap protocol's limit of URLs in one file (sitemaps.org); past it, a sitemap index names the parts. */
export const SITEMAP_URL_LIMIT = 50_000

/** One page: its absolute production URL and when what it shows last changed (ISO instant). */
export type SitemapEntry = { url: string; lastModified: string }

/**
 * What `/sitemap.xml` holds: every URL when they fit in one file, else an index of parts of at most
 * `limit` URLs each, in the entries' order (robots.txt names `/sitemap.xml` either way).
 */
export type SitemapPlan = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; parts: SitemapEntry[][] }

export function planSitemap(entries: readonly SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapPlan {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`sitemap: a limit of ${limit} URLs is not a whole number from 1`)
  if (entries.length <= limit) return { kind: 'urlset', entries: [...entries] }
  const parts: SitemapEntry[][] = []
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit))
  return { kind: 'index', parts }
}

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url>\n<loc>${escapeXml(e.url)}</loc>\n<lastmod>${escapeXml(e.lastModified)}</lastmod>\n</url>\n`)
  return `${HEAD}<urlset xmlns="${NS}">\n${urls.join('')}</urlset>\n`
}

/** The index of a split sitemap: each part's URL, dated by the newest entry in it. */
export function sitemapIndexXml(parts: readonly SitemapEntry[]): string {
  const items = parts.map((p) => `<sitemap>\n<loc>${escapeXml(p.url)}</loc>\n<lastmod>${escapeXml(p.lastModified)}</lastmod>\n</sitemap>\n`)
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${items.join('')}</sitemapindex>\n`
}

/** The newest `lastModified` of some entries, by instant (ISO text would rank year 10000 below 1970). */
export function newestOf(entries: readonly { lastModified: string }[]): string {
  return entries.reduce((max, e) => (Date.parse(e.lastModified) > Date.parse(max) ? e.lastModified : max), '1970-01-01T00:00:00.000Z')
}
