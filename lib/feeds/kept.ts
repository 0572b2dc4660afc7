import { absoluteUrl } from '../urls/paths'
import type { PostSource } from '../posts'
import { site } from '../site'
import { renderAtom } from './atom'
import { toItem } from './build'
import { jekyllAbsoluteUrl } from './jekyll-id'
import type { KeptFeed, KeptFeeds } from './kept-config'
import { renderRss } from './rss'
import type { Feed } from './types'

/**
 * A feed of the old site, as its subscribers know it: same path, same format, each entry under the id the
 * old site gave it (jekyll-feed: `post.id | absolute_url`), newest first, as many posts as it carried.
 * `sources` are the published posts, newest first (lib/posts.ts `getPostSources`).
 */
export function buildKeptFeed(kept: KeptFeeds, feed: KeptFeed, sources: readonly PostSource[]): Feed {
  const { category } = feed
  const inScope = category === undefined ? sources : sources.filter((source) => source.jekyll.categories.includes(category))
  const items = inJekyllOrder(inScope).slice(0, feed.postsLimit).map((source) => ({
    ...toItem(source),
    id: jekyllAbsoluteUrl(kept.origin, feed.ids === 'jekyll-id' ? source.jekyll.id : source.summary.url),
  }))
  const self = absoluteUrl(feed.path)
  return {
    // jekyll-feed's title: the site's, then ` | Category` for a category's feed.
    title: category === undefined ? site.title : `${site.title} | ${category.charAt(0).toUpperCase()}${category.slice(1)}`,
    description: site.description,
    language: site.language,
    timeZone: site.timeZone,
    homeUrl: absoluteUrl('/'),
    urls: { rss: self, atom: self, json: self },
    updated: items.reduce((latest, item) => (Date.parse(item.updated) > Date.parse(latest) ? item.updated : latest), '1970-01-01T00:00:00.000Z'),
    items,
  }
}

/**
 * Newest first; posts of the same instant in the order of their files' paths, as jekyll-feed's `sort: "date" |
 * reverse` left them on every site measured (bench/RESULTS.md), so a reader's list does not reshuffle.
 */
function inJekyllOrder(sources: readonly PostSource[]): PostSource[] {
  return [...sources].sort((a, b) => Date.parse(b.summary.date) - Date.parse(a.summary.date) || (a.jekyll.path < b.jekyll.path ? -1 : a.jekyll.path > b.jekyll.path ? 1 : 0))
}

/** The file's text, in the format the old site served it in. */
export function renderKeptFeed(kept: KeptFeeds, feed: KeptFeed, sources: readonly PostSource[]): string {
  const built = buildKeptFeed(kept, feed, sources)
  return feed.format === 'atom' ? renderAtom(built) : renderRss(built)
}
