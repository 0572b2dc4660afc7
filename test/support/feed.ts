import type { Feed, FeedItem } from '../../lib/feeds/types'

/** Test helper: text that hand-written XML most often gets wrong. */
export const TRICKY_TITLE = `Fish & Chips: <b> "double" and 'single' > all`
export const TRICKY_HTML = '<p>Index <code>a[b[0]]</code> then ]]> and ]]]]> &amp; <a href="https://blog.example.com/x?a=1&amp;b=2">x</a></p>'

export function feedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'https://blog.example.com/2016/06/20/one/',
    url: 'https://blog.example.com/2016/06/20/one/',
    title: 'One',
    published: '2016-06-20T17:00:00.000Z',
    updated: '2016-07-01T08:30:00.000Z',
    authors: ['Ann Lee'],
    tags: ['kubernetes'],
    summary: 'About one.',
    html: '<p>Body of one.</p>',
    ...overrides,
  }
}

export function feed(items: FeedItem[], overrides: Partial<Feed> = {}): Feed {
  return {
    title: 'Blog & Notes',
    description: 'Notes <and> more.',
    language: 'en',
    timeZone: 'America/Los_Angeles',
    homeUrl: 'https://blog.example.com/',
    urls: { rss: 'https://blog.example.com/feed.xml', atom: 'https://blog.example.com/atom.xml', json: 'https://blog.example.com/feed.json' },
    updated: '2016-07-01T08:30:00.000Z',
    items,
    ...overrides,
  }
}
