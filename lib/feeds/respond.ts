import { getPostSources } from '../posts'
import type { FeedFormat } from '../urls/routes'
import { renderAtom } from './atom'
import { buildFeed, type FeedScope } from './build'
import { renderJsonFeed } from './json-feed'
import { renderRss } from './rss'

const FORMATS: Record<FeedFormat, { type: string; render: typeof renderRss }> = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  atom: { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  json: { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
}

/** The body of a static feed route. */
export function feedResponse(format: FeedFormat, scope: FeedScope): Response {
  const { type, render } = FORMATS[format]
  return new Response(render(buildFeed(scope, getPostSources(scope.kind === 'tag' ? scope.slug : undefined))), { headers: { 'content-type': type } })
}
