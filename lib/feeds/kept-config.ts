import { ContentError } from '../content/error'

/**
 * Feeds the old site served, kept at their paths with their identity (`keptFeeds` in content/site.json,
 * written by the Jekyll import): a reader subscribed to one must see the same entry ids, or every post
 * is delivered again as new.
 */
export type KeptFeed = {
  /** Where the old site served it, site-relative: `/feed.xml`, `/feed/release.xml`. */
  path: string
  format: 'atom' | 'rss'
  /** What an entry's id was: Jekyll's `post.id` (jekyll-feed) or the post's URL, absolute on the old site. */
  ids: 'jekyll-id' | 'url'
  /** How many of the newest posts it carried (jekyll-feed's `posts_limit`, 10 unless set). */
  postsLimit: number
  /** Only the posts of this Jekyll category (jekyll-feed's `feed.categories`). */
  category?: string
}

export type KeptFeeds = {
  /** The old site's `url` ("" if it had none) and `baseurl`: entry ids are absolute against them, wherever the new site lives. */
  origin: { url: string; baseurl: string }
  feeds: KeptFeed[]
}

const FIX = 're-run npm run import:jekyll, or write { "origin": { "url": "https://…", "baseurl": "" }, "feeds": [{ "path": "/feed.xml", "format": "atom", "ids": "jekyll-id", "postsLimit": 10 }] }'

export function parseKeptFeeds(value: unknown, file: string): KeptFeeds {
  const fail = (field: string, what: string): never => {
    throw new ContentError(file, `keptFeeds${field}`, what, FIX)
  }
  if (!isRecord(value) || !isRecord(value.origin) || !Array.isArray(value.feeds)) return fail('', 'expected { origin, feeds }')
  const { url, baseurl } = value.origin
  // "" when the old site had no `url`: its ids were site-relative, and stay so.
  if (typeof url !== 'string' || (url !== '' && !/^https?:\/\/[^/]+/.test(url))) return fail('.origin.url', 'expected the old site\'s http(s) URL, or ""')
  if (typeof baseurl !== 'string') return fail('.origin.baseurl', 'expected text ("" for none)')
  const feeds = value.feeds.map((feed: unknown, i): KeptFeed => {
    if (!isRecord(feed)) return fail(`.feeds[${i}]`, 'expected an object')
    const { path, format, ids, postsLimit, category } = feed
    if (typeof path !== 'string' || !/^\/[^?#]*[^/]$/.test(path) || path.split('/').includes('..')) return fail(`.feeds[${i}].path`, 'expected a file path such as /feed.xml')
    if (format !== 'atom' && format !== 'rss') return fail(`.feeds[${i}].format`, 'expected "atom" or "rss"')
    if (ids !== 'jekyll-id' && ids !== 'url') return fail(`.feeds[${i}].ids`, 'expected "jekyll-id" or "url"')
    if (typeof postsLimit !== 'number' || !Number.isInteger(postsLimit) || postsLimit < 1) return fail(`.feeds[${i}].postsLimit`, 'expected a whole number from 1')
    if (category !== undefined && typeof category !== 'string') return fail(`.feeds[${i}].category`, 'expected text')
    return category === undefined ? { path, format, ids, postsLimit } : { path, format, ids, postsLimit, category }
  })
  return { origin: { url, baseurl }, feeds }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
