import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { KeptFeed, KeptFeeds } from '../feeds/kept-config'
import { splitFrontMatter } from '../jekyll/front-matter'
import { parseRubyYaml } from '../jekyll/ruby-yaml'

/**
 * The feeds a Jekyll site served, so the new site keeps each at its path with its entry ids
 * (lib/feeds/kept.ts): jekyll-feed's (`/feed.xml`, or `feed.path`, and one per `feed.categories`), and
 * any hand-written `.xml` feed at the top of the source. A hand-written file wins over jekyll-feed's at
 * the same path, as in jekyll-feed itself.
 */
export function keptFeedsOf(source: string, config: Record<string, unknown>): KeptFeeds | undefined {
  const feeds = new Map<string, KeptFeed>()
  const plugins = [config.plugins, config.gems].flatMap((list) => (Array.isArray(list) ? list : []))
  if (plugins.includes('jekyll-feed')) for (const feed of jekyllFeedFeeds(config)) feeds.set(feed.path, feed)
  for (const feed of handWrittenFeeds(source)) feeds.set(feed.path, feed)
  if (feeds.size === 0) return undefined
  const url = typeof config.url === 'string' ? config.url : ''
  const baseurl = typeof config.baseurl === 'string' ? config.baseurl : ''
  // Without `url`, Jekyll's absolute_url leaves ids site-relative (`/2016/06/20/one`): kept as they were.
  return { origin: { url, baseurl }, feeds: [...feeds.values()].sort((a, b) => a.path.localeCompare(b.path)) }
}

/** jekyll-feed 0.17's generator: `feed.path` (default `/feed.xml`), `/feed/<category>.xml`, `posts_limit` 10. */
export function jekyllFeedFeeds(config: Record<string, unknown>): KeptFeed[] {
  const settings = record(config.feed)
  const posts = record(record(settings.collections).posts)
  const limit = settings.posts_limit
  const postsLimit = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : 10
  const path = typeof posts.path === 'string' ? posts.path : typeof settings.path === 'string' ? settings.path : '/feed.xml'
  const categories = [posts.categories, settings.categories].find(Array.isArray) ?? []
  const base: Omit<KeptFeed, 'path'> = { format: 'atom', ids: 'jekyll-id', postsLimit }
  return [
    { ...base, path: path.startsWith('/') ? path : `/${path}` },
    ...categories.filter((c): c is string => typeof c === 'string').map((category) => ({ ...base, path: `/feed/${category}.xml`, category })),
  ]
}

/** Top-level `.xml` files with front matter whose text is an Atom or RSS feed of `site.posts`. */
function handWrittenFeeds(source: string): KeptFeed[] {
  if (!existsSync(source)) return []
  return readdirSync(source)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .flatMap((name): KeptFeed[] => {
      const split = splitFrontMatter(readFileSync(join(source, name), 'utf8'))
      if (!split) return []
      const data = parseRubyYaml(split.yaml).data
      const permalink = typeof data.permalink === 'string' ? data.permalink : `/${name}`
      const shape = feedTemplateShape(split.body)
      return shape ? [{ path: permalink, ...shape }] : []
    })
}

/** Format, entry ids and post limit as a feed template writes them (`<id>{{ post.id … }}`, `limit: 20`). */
export function feedTemplateShape(template: string): Omit<KeptFeed, 'path'> | undefined {
  const format = /<feed[\s>]/.test(template) ? 'atom' : /<rss[\s>]/.test(template) ? 'rss' : undefined
  if (format === undefined || !/site\.posts/.test(template)) return undefined
  const idElement = format === 'atom' ? /<entry[\s\S]*?<id>([\s\S]*?)<\/id>/.exec(template) : /<guid[^>]*>([\s\S]*?)<\/guid>/.exec(template)
  const ids = idElement?.[1] !== undefined && /post\.id\b/.test(idElement[1]) ? 'jekyll-id' : 'url'
  const limit = /\blimit\s*:\s*(\d+)/.exec(template)?.[1]
  return { format, ids, postsLimit: limit === undefined ? 100000 : Number(limit) }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
}
