import { describe, expect, it } from 'vitest'
import { pageView, summaryView, type PostFacts } from './views'

const facts: PostFacts = {
  slug: 'a',
  url: '/2016/06/20/a/',
  title: 'A',
  date: '2016-06-20T07:00:00.000Z',
  updated: '2016-06-20T07:00:00.000Z',
  authors: [],
  tags: [{ name: 'Go', slug: 'go' }],
  description: 'About A.',
  readingMinutes: 2,
  isDraft: false,
}

describe('summaryView', () => {
  it("puts the deploy's base path into the excerpt's site-relative links and images, facts kept", () => {
    const summary = summaryView(facts, '<p><a href="/tags/go/">Go</a> <img src="/images/a.png" alt=""></p>', '/blog')
    expect(summary.excerptHtml).toBe('<p><a href="/blog/tags/go/">Go</a> <img src="/blog/images/a.png" alt=""></p>')
    expect(summary).toMatchObject(facts)
  })

  it('leaves the excerpt as stored at the root, and absolute links under a base path', () => {
    expect(summaryView(facts, '<p><a href="/x/">x</a></p>', '').excerptHtml).toBe('<p><a href="/x/">x</a></p>')
    expect(summaryView(facts, '<p><a href="https://example.com/x/">x</a></p>', '/blog').excerptHtml).toBe('<p><a href="https://example.com/x/">x</a></p>')
  })

  it('cuts a long excerpt for the listing', () => {
    const long = `<p>${'word '.repeat(200)}</p>`
    expect(summaryView(facts, long, '').excerptHtml.length).toBeLessThan(long.length)
  })
})

describe('pageView', () => {
  const source = { url: '/about/', title: 'About', description: 'Us.', html: '<p><img src="/images/us.png" alt=""></p>' }

  it("gives the page's HTML the deploy's base path and leaves the source site-relative", () => {
    expect(pageView(source, '/blog').html).toBe('<p><img src="/blog/images/us.png" alt=""></p>')
    expect(source.html).toBe('<p><img src="/images/us.png" alt=""></p>')
  })

  it('changes nothing at the root', () => {
    expect(pageView(source, '')).toEqual(source)
  })
})
