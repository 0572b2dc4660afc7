import type { Page } from '@playwright/test'

/** What every feed format says of one post: its link, its publication date as written, its full HTML. */
export type FeedEntry = { url: string; date: string; html: string }
export type FeedFormat = 'rss' | 'atom' | 'json'

/** Parses a feed as a reader would: XML with the browser's own parser (a `parsererror` fails), JSON with JSON.parse. */
export async function readFeed(page: Page, format: FeedFormat, body: string): Promise<FeedEntry[]> {
  return format === 'json' ? readJsonFeed(body) : readXmlFeed(page, format, body)
}

async function readXmlFeed(page: Page, format: 'rss' | 'atom', body: string): Promise<FeedEntry[]> {
  const parsed = await page.evaluate(
    ({ xml, format }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      const error = doc.getElementsByTagName('parsererror')[0]
      if (error) return { error: error.textContent ?? 'parsererror' }
      const root = doc.documentElement
      const textOf = (parent: Element, name: string, ns?: string) =>
        (ns ? parent.getElementsByTagNameNS(ns, name) : parent.getElementsByTagName(name))[0]?.textContent ?? ''
      if (format === 'rss') {
        if (root.localName !== 'rss' || root.getAttribute('version') !== '2.0') return { error: `root is <${root.localName} version="${root.getAttribute('version')}">` }
        const entries = [...root.getElementsByTagName('item')].map((item) => ({
          url: textOf(item, 'link'),
          date: textOf(item, 'pubDate'),
          html: textOf(item, 'encoded', 'http://purl.org/rss/1.0/modules/content/'),
        }))
        return { entries }
      }
      const ATOM = 'http://www.w3.org/2005/Atom'
      if (root.localName !== 'feed' || root.namespaceURI !== ATOM) return { error: `root is <${root.localName} xmlns="${root.namespaceURI}">` }
      const entries = [...root.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
        url: [...entry.getElementsByTagNameNS(ATOM, 'link')].find((link) => link.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? '',
        date: textOf(entry, 'published', ATOM),
        html: textOf(entry, 'content', ATOM),
      }))
      return { entries }
    },
    { xml: body, format },
  )
  if ('error' in parsed) throw new Error(`${format} feed does not parse: ${parsed.error}`)
  return parsed.entries
}

function readJsonFeed(body: string): FeedEntry[] {
  const feed: unknown = JSON.parse(body)
  const version = field(feed, 'version')
  if (version !== 'https://jsonfeed.org/version/1.1') throw new Error(`JSON Feed version is ${String(version)}`)
  const items = field(feed, 'items')
  if (!Array.isArray(items)) throw new Error('JSON Feed has no items array')
  return items.map((item: unknown) => ({ url: text(item, 'url'), date: text(item, 'date_published'), html: text(item, 'content_html') }))
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined
}

function text(value: unknown, key: string): string {
  const found = field(value, key)
  if (typeof found !== 'string') throw new Error(`JSON Feed item has no string "${key}"`)
  return found
}
