import { describe, expect, it } from 'vitest'
import { comparePosts, htmlText, words } from './compare'

const post = (over: Partial<{ path: string; url: string; title: string; text: string }> = {}) => ({ path: '_posts/a.md', url: '/a.html', title: 'A', text: 'Hello world', ...over })

describe('comparePosts', () => {
  it('passes the same post with markup, quotes and spacing aside', () => {
    const ours = post({ text: htmlText('<p>Hello&nbsp;<em>world</em></p>') })
    expect(comparePosts([post()], [ours])).toEqual([{ path: '_posts/a.md', ok: true, problems: [] }])
    expect(words('“Don’t”  stop')).toEqual(words('"Don\'t" stop'))
  })
  it('names each difference: URL, title, text, and posts on one side only', () => {
    const verdicts = comparePosts([post(), post({ path: '_posts/b.md' })], [post({ url: '/a/', title: 'B', text: 'Hello there' }), post({ path: '_posts/c.md' })])
    expect(verdicts.map((v) => [v.path, v.ok])).toEqual([['_posts/a.md', false], ['_posts/b.md', false], ['_posts/c.md', false]])
    expect(verdicts[0]?.problems).toEqual(['URL /a/, Jekyll /a.html', 'title "B", Jekyll "A"', expect.stringContaining('text differs at word 1')])
    expect(verdicts[1]?.problems).toEqual(['not published by Pressroom'])
    expect(verdicts[2]?.problems).toEqual(['published by Pressroom, not by Jekyll'])
  })
})
