import { rebaseHtml } from '../markdown/rebase'
import { absoluteUrl, siteUrl } from '../urls/paths'
import type { PostSource } from '../posts'
import { routes } from '../urls/routes'
import { site } from '../site'
import type { Feed, FeedItem } from './types'

/** How many of the newest posts a feed carries. */
export const FEED_SIZE = 20

export type FeedScope = { kind: 'site' } | { kind: 'tag'; name: string; slug: string }

/** Site-relative paths of a scope's feeds; pages link to them with the base path added. */
export function feedPaths(scope: FeedScope): { rss: string; atom: string; json: string } {
  if (scope.kind === 'tag') return { rss: routes.feed('rss', scope.slug), atom: routes.feed('atom', scope.slug), json: routes.feed('json', scope.slug) }
  const kept = site.keptFeeds?.feeds.filter((feed) => feed.category === undefined) ?? []
  // The old site's feed keeps its path; Pressroom's RSS, which the old site never served there, moves aside.
  const taken = (path: string) => kept.some((feed) => feed.path === path)
  const keptAtom = kept.find((feed) => feed.format === 'atom')
  return {
    rss: taken(routes.feed('rss')) ? routes.movedRssFeed() : routes.feed('rss'),
    // Readers who discover the Atom feed are sent to the one the old site's subscribers already read.
    atom: keptAtom?.path ?? routes.feed('atom'),
    json: routes.feed('json'),
  }
}

export function buildFeed(scope: FeedScope, sources: readonly PostSource[]): Feed {
  const inScope = scope.kind === 'site' ? sources : sources.filter((s) => s.summary.tags.some((t) => t.slug === scope.slug))
  const items = inScope.slice(0, FEED_SIZE).map(toItem)
  const paths = feedPaths(scope)
  return {
    title: scope.kind === 'site' ? site.title : `${site.title}: #${scope.name}`,
    description: scope.kind === 'site' ? site.description : `Posts tagged ${scope.name} on ${site.title}.`,
    language: site.language,
    timeZone: site.timeZone,
    homeUrl: absoluteUrl(scope.kind === 'site' ? routes.home() : routes.tag(scope.slug)),
    urls: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
    // A feed changes when its newest post does, not on every build: readers poll by this date.
    updated: items.reduce((latest, item) => (Date.parse(item.updated) > Date.parse(latest) ? item.updated : latest), '1970-01-01T00:00:00.000Z'),
    items,
  }
}

export function toItem({ summary, html }: PostSource): FeedItem {
  const url = absoluteUrl(routes.post(summary))
  return {
    id: url,
    url,
    title: summary.title,
    published: summary.date,
    updated: summary.updated,
    authors: summary.authors.map((a) => a.name),
    tags: summary.tags.map((t) => t.name),
    summary: summary.description,
    // Feed readers resolve nothing against the site: every link and image must be absolute.
    html: rebaseHtml(html, siteUrl),
  }
}
