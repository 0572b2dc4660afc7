import { describe, expect, it } from 'vitest'
import { storedPost } from '../../test/support/stored-posts'
import { publishedEntries } from './published'
import { jekyllUrlCopiesOf, redirectsOf } from './redirects'

const entries = (...posts: Parameters<typeof storedPost>[]) => publishedEntries(posts.map((args) => storedPost(...args)), { showDrafts: false })

describe('redirectsOf', () => {
  it('sends each redirect_from to its post, and a post with redirect_to on, replacing its page', () => {
    const list = entries(['moved', '2016-06-20T07:00:00.000Z', { redirectFrom: ['/old/', '/older/'] }], ['gone', '2016-06-21T07:00:00.000Z', { redirectTo: 'https://example.com/new/' }])
    expect(redirectsOf(list)).toEqual([
      { from: '/2016/06/21/gone/', to: 'https://example.com/new/', replacesPost: true },
      { from: '/old/', to: '/2016/06/20/moved/', replacesPost: false },
      { from: '/older/', to: '/2016/06/20/moved/', replacesPost: false },
    ])
  })

  it('has none for posts that ask for none', () => {
    expect(redirectsOf(entries(['plain', '2016-06-20T07:00:00.000Z']))).toEqual([])
  })
})

describe('jekyllUrlCopiesOf', () => {
  it("lists a post exported away from Jekyll's URL with that URL, and no other post", () => {
    const list = entries(['spaced', '2016-06-20T07:00:00.000Z', { url: '/data-science/spaced/', jekyllUrl: '/data science/spaced/' }], ['plain', '2016-06-21T07:00:00.000Z'])
    expect(jekyllUrlCopiesOf(list)).toEqual([{ url: '/data-science/spaced/', jekyllUrl: '/data science/spaced/' }])
  })
})
