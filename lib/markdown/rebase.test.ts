import { describe, expect, it } from 'vitest'
import { attribute, elements } from '../../test/support/html'
import { rebaseHtml } from './rebase'

const BASE = '/pressroom/pr-preview/pr-42'

describe('rebaseHtml', () => {
  it('prefixes site-relative links, images and posters with the base path', () => {
    const html = '<p><a href="/2016/06/20/post/">post</a><img src="/blog/images/a.png" alt=""></p><video poster="/p.jpg"></video>'
    const out = rebaseHtml(html, BASE)
    expect(elements(out, 'a').map((a) => attribute(a, 'href'))).toEqual([`${BASE}/2016/06/20/post/`])
    expect(elements(out, 'img').map((img) => attribute(img, 'src'))).toEqual([`${BASE}/blog/images/a.png`])
    expect(elements(out, 'video').map((v) => attribute(v, 'poster'))).toEqual([`${BASE}/p.jpg`])
  })

  it('leaves absolute, protocol-relative, fragment, mail and relative URLs alone', () => {
    const urls = ['https://example.com/a', '//cdn.example.com/b.js', '#section', 'mailto:a@example.com', 'images/c.png', '../d/']
    const html = urls.map((url) => `<a href="${url}">x</a>`).join('')
    expect(elements(rebaseHtml(html, BASE), 'a').map((a) => attribute(a, 'href'))).toEqual(urls)
  })

  it('prefixes each site-relative candidate of a srcset, keeping its descriptor', () => {
    const out = rebaseHtml('<img src="/a.png" srcset="/a-2x.png 2x, https://cdn.example.com/a-3x.png 3x">', BASE)
    const img = elements(out, 'img')[0]
    expect(img && attribute(img, 'srcSet')).toBe(`${BASE}/a-2x.png 2x, https://cdn.example.com/a-3x.png 3x`)
  })

  it('keeps the rest of the markup as it was', () => {
    const html = '<div class="heading"><h2 id="a">A and B</h2></div>\n<pre><code>/not/a/url</code></pre>\n<p data-x="/y">/z</p>'
    expect(rebaseHtml(html, BASE)).toBe(html)
  })

  it('rebases srcset on img and on the sources of a picture', () => {
    const out = rebaseHtml('<picture><source srcset="/a.webp 2x"><img src="/a.png" alt=""></picture>', BASE)
    expect(elements(out, 'source').map((s) => attribute(s, 'srcSet'))).toEqual([`${BASE}/a.webp 2x`])
  })

  it('is the identity for an empty base path', () => {
    const html = '<a href="/x/">x</a><img src="/y.png">'
    expect(rebaseHtml(html, '')).toBe(html)
  })
})
