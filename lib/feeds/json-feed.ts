import { isoInZone } from '../format/dates'
import type { Feed } from './types'

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(feed: Feed): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.urls.json,
      description: feed.description,
      language: feed.language,
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        content_html: item.html,
        summary: item.summary,
        date_published: isoInZone(new Date(item.published), feed.timeZone),
        date_modified: isoInZone(new Date(item.updated), feed.timeZone),
        ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
        ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      })),
    },
    null,
    2,
  )
}
