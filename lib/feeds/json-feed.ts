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
        date_published: item.published,
        date_modified: item.updated,
        ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
        ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      })),
    },
    null,
    2,
  )
}
