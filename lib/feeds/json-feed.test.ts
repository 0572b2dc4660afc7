import { describe, expect, it } from 'vitest'
import { feed, feedItem, TRICKY_HTML, TRICKY_TITLE } from '../../test/support/feed'
import { renderJsonFeed } from './json-feed'

const parse = (text: string): unknown => JSON.parse(text)

describe('renderJsonFeed', () => {
  it('is a JSON Feed 1.1 document naming itself and its page', () => {
    expect(parse(renderJsonFeed(feed([])))).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Blog & Notes',
      home_page_url: 'https://blog.example.com/',
      feed_url: 'https://blog.example.com/feed.json',
      description: 'Notes <and> more.',
      language: 'en',
      items: [],
    })
  })

  it('gives each item id, url, title, HTML content, summary, dates, authors and tags', () => {
    const doc = parse(renderJsonFeed(feed([feedItem({ authors: ['Ann Lee', 'Bo Chen'], tags: ['kubernetes', 'C#'] })])))
    expect(doc).toMatchObject({
      items: [
        {
          id: 'https://blog.example.com/2016/06/20/one/',
          url: 'https://blog.example.com/2016/06/20/one/',
          title: 'One',
          content_html: '<p>Body of one.</p>',
          summary: 'About one.',
          date_published: '2016-06-20T10:00:00-07:00',
          date_modified: '2016-07-01T01:30:00-07:00',
          authors: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }],
          tags: ['kubernetes', 'C#'],
        },
      ],
    })
  })

  it('leaves out authors and tags an item has none of, rather than writing empty lists', () => {
    const doc = parse(renderJsonFeed(feed([feedItem({ authors: [], tags: [] })])))
    expect(doc).toMatchObject({ items: [expect.not.objectContaining({ authors: expect.anything() })] })
    expect(doc).toMatchObject({ items: [expect.not.objectContaining({ tags: expect.anything() })] })
  })

  it('round-trips a title with markup characters and a body holding ]]>', () => {
    const doc = parse(renderJsonFeed(feed([feedItem({ title: TRICKY_TITLE, html: TRICKY_HTML })])))
    expect(doc).toMatchObject({ items: [{ title: TRICKY_TITLE, content_html: TRICKY_HTML }] })
  })

  it('dates are RFC 3339 instants, as the format requires', () => {
    const doc = parse(renderJsonFeed(feed([feedItem()])))
    const rfc3339 = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
    expect(doc).toMatchObject({ items: [{ date_published: rfc3339, date_modified: rfc3339 }] })
  })
})
