import { describe, expect, it } from 'vitest'
import { comparePosts, htmlText, words } from './compare'

const post = (over: Partial<{ path: string; url: string; title: string; text: string }> = {}) => ({ path: '_posts/a.md', url: '/a.html', title: 'A', text: 'Hello world', ...over })

describe('comparePosts', () => {
  it('passes the same post with markup, quotes and spacing aside', () => {
    const ours = post({ text: htmlText('<p>Hello&nbsp;<em>world</em></p>') })
    expect(comparePosts([post()], [ours])).toEqual([{ path: '_posts/a.md', ok: true, problems: [] }])
    expect(words('“Don’t”  stop')).toEqual(words('"Don\'t" stop'))
  })
  it('reads a word break only a tag makes as none, as strip_html does, but not a changed letter', () => {
    const theirs = post({ text: 'A claim1 and onetwo' })
    expect(comparePosts([theirs], [post({ text: htmlText('<p>A claim<sup>1</sup> and</p><ul><li>one</li>\n<li>two</li></ul>') })])[0]?.ok).toBe(true)
    expect(comparePosts([theirs], [post({ text: 'A claim2 and onetwo' })])[0]?.ok).toBe(false)
  })
  it("leaves a code block's language label and Copy button out of the text, never its code", () => {
    const html = '<p>Before.</p><div class="code-block"><div class="code-block__bar"><span class="code-block__language">ruby</span><button type="button" class="copy-button" hidden>Copy</button></div><pre><code>puts 1</code></pre></div>'
    expect(words(htmlText(html))).toEqual(['before', 'puts', '1'])
    expect(words(htmlText('<p>Copy ruby</p>'))).toEqual(['copy', 'ruby'])
    expect(words(htmlText('<p>Note.</p><section class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li>One</li></ol></section>'))).toEqual(['note', 'one'])
    expect(words(htmlText('<p>A <span class="legacy-embed" role="note">Embedded content from the old site: <code>include x.html</code></span> b</p>'))).toEqual(['a', 'b'])
  })
  it('names each difference: URL, title, text, and posts on one side only', () => {
    const verdicts = comparePosts([post(), post({ path: '_posts/b.md' })], [post({ url: '/a/', title: 'B', text: 'Hello there' }), post({ path: '_posts/c.md' })])
    expect(verdicts.map((v) => [v.path, v.ok])).toEqual([['_posts/a.md', false], ['_posts/b.md', false], ['_posts/c.md', false]])
    expect(verdicts[0]?.problems).toEqual(['URL /a/, Jekyll /a.html', 'title "B", Jekyll "A"', expect.stringContaining('text differs at word 1')])
    expect(verdicts[1]?.problems).toEqual(['not published by Pressroom'])
    expect(verdicts[2]?.problems).toEqual(['published by Pressroom, not by Jekyll'])
  })
})
