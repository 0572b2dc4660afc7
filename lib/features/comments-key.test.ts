import { describe, expect, it } from 'vitest'
import { commentsKeyOf } from './comments-key'

describe('commentsKeyOf', () => {
  it('keys a thread by the Disqus identifier when the post has one', () => {
    expect(commentsKeyOf({ disqusIdentifier: 'post-42', jekyllUrl: undefined, url: '/2016/06/20/one/' })).toBe('post-42')
  })
  it('else by the URL the old site served the post at, even where the export moved it', () => {
    expect(commentsKeyOf({ disqusIdentifier: undefined, jekyllUrl: '/data science/2020/01/01/a.html', url: '/data-science/2020/01/01/a.html' })).toBe('/data science/2020/01/01/a.html')
    expect(commentsKeyOf({ disqusIdentifier: undefined, jekyllUrl: undefined, url: '/2016/06/20/one/' })).toBe('/2016/06/20/one/')
  })
})
