import { describe, expect, it } from 'vitest'
import { jekyllAbsoluteUrl, jekyllPostId } from './jekyll-id'

const origin = { url: 'https://blog.example.com', baseurl: '/blog' }

describe('jekyllPostId', () => {
  it('is the URL’s folder and the slug, whatever the permalink ends with', () => {
    expect(jekyllPostId('/2020/01/05/first-notes/', 'first-notes')).toBe('/2020/01/05/first-notes')
    expect(jekyllPostId('/archive/2020/old-style.html', 'old-style')).toBe('/archive/2020/old-style')
    expect(jekyllPostId('/jekyll/update/2016/06/20/one.html', 'one')).toBe('/jekyll/update/2016/06/20/one')
  })
  it('takes the slug, not the last part of a permalink of its own', () => {
    expect(jekyllPostId('/writing/custom-place/', 'custom-place')).toBe('/writing/custom-place')
    expect(jekyllPostId('/writing/elsewhere/', 'custom-place')).toBe('/writing/custom-place')
    expect(jekyllPostId('/one/', 'one')).toBe('/one')
  })
})

describe('jekyllAbsoluteUrl', () => {
  it('puts the old site’s url and baseurl in front', () => {
    expect(jekyllAbsoluteUrl(origin, '/2020/01/05/first-notes')).toBe('https://blog.example.com/blog/2020/01/05/first-notes')
    expect(jekyllAbsoluteUrl({ url: 'https://Blog.Example.com/', baseurl: '' }, '/a')).toBe('https://blog.example.com/a')
    expect(jekyllAbsoluteUrl({ url: 'https://x.example', baseurl: 'docs/' }, 'a')).toBe('https://x.example/docs/a')
    // A site without `url`: Jekyll writes the id as a site path.
    expect(jekyllAbsoluteUrl({ url: '', baseurl: '' }, '/2016/06/20/one')).toBe('/2016/06/20/one')
  })
  it('encodes as Addressable normalises: letters outside ASCII and spaces in upper-case hex, escapes decoded first', () => {
    expect(jekyllAbsoluteUrl(origin, '/2020/05/25/café-crème')).toBe('https://blog.example.com/blog/2020/05/25/caf%C3%A9-cr%C3%A8me')
    expect(jekyllAbsoluteUrl(origin, '/2020/05/25/caf%c3%a9-cr%C3%A8me')).toBe('https://blog.example.com/blog/2020/05/25/caf%C3%A9-cr%C3%A8me')
    expect(jekyllAbsoluteUrl(origin, '/a b/%7Etilde')).toBe('https://blog.example.com/blog/a%20b/~tilde')
    expect(jekyllAbsoluteUrl(origin, "/keep/!$&'()*+,;=:@-._~")).toBe("https://blog.example.com/blog/keep/!$&'()*+,;=:@-._~")
  })
  it('composes Unicode first (NFKC), so a decomposed é is the same id as a composed one and … is three dots', () => {
    expect(jekyllAbsoluteUrl(origin, '/cafe\u0301')).toBe(jekyllAbsoluteUrl(origin, '/café'))
    // As real Jekyll 4.3 (Addressable 2.8.1) writes the id of a post named 2017-04-13-wait-……-what.md.
    expect(jekyllAbsoluteUrl(origin, '/2017/04/13/wait-……-what')).toBe('https://blog.example.com/blog/2017/04/13/wait-......-what')
  })
  it('keeps an escaped slash inside its segment', () => {
    expect(jekyllAbsoluteUrl(origin, '/a%2fb/c')).toBe('https://blog.example.com/blog/a%2Fb/c')
  })
})
