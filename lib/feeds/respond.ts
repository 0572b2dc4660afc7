import { getPostSources } from '../posts'
import { renderAtom } from './atom'
import { buildFeed, type FeedScope } from './build'
import { renderJsonFeed } from './json-feed'
import { renderRss } from './rss'

export type FeedFormat = 'rss' | 'atom' | 'json'

const FORMATS: Record<FeedFormat, { type: string; render: typeof renderRss }> = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  atom: { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  json: { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
}

/** Feed file names and their formats, as published in every feed folder. */
export const FEED_FILES: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' }

/** The body of a static feed route. */
export function feedResponse(format: FeedFormat, scope: FeedScope): Response {
  const { type, render } = FORMATS[format]
  return new Response(render(buildFeed(scope, getPostSources())), { headers: { 'content-type': type } })
}
