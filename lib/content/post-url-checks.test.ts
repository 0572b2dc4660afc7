import { describe, expect, it } from 'vitest'
import { checkPostUrl, checkTitle, exportableUrl, reservedBy } from './post-url-checks'

describe('post URLs', () => {
  it.each(['/2016/06/20/container-days/', '/blog/a&b/', '/über/straße/', '/pages/about/', '/tagsoup/', '/feed/'])('accepts %s', (url) => {
    expect(checkPostUrl(url, 'posts/x.md', 'permalink')).toBe(url)
  })

  it.each([
    ['/', 'the home page'],
    ['/search/', "the site's /search/ pages"],
    ['/tags/docker/', "the site's /tags/ pages"],
    ['/feed.xml/', "the site's feed.xml"],
    ['/Archive/', "the site's /archive/ pages"],
    ['/page/2/', "the site's /page/ pages"],
  ])('refuses %s, which belongs to %s', (url, owner) => {
    expect(reservedBy(url)).toBe(owner)
    expect(() => checkPostUrl(url, 'posts/x.md', 'permalink')).toThrow(`posts/x.md: field "permalink": URL ${url} belongs to ${owner}`)
  })

  it.each(['/a/../b/', '/./a/', '/a/./', '/../'])('refuses the dot segment in %s', (url) => {
    expect(() => checkPostUrl(url, 'posts/x.md', 'permalink')).toThrow(/field "permalink": URL .* has a "\." or "\.\." segment\. Fix:/)
  })

  it.each(['/favicon.ico', '/ads.txt', '/humans.txt'])('refuses %s, a root file name the export would write as a folder', (url) => {
    expect(() => checkPostUrl(url, 'posts/x.md', 'permalink')).toThrow(/field "permalink": URL .* is a file name at the site's root.*Fix: end the permalink with \/ or \.html/)
  })

  it('keeps a dotted name below the root, and .html at the root', () => {
    expect(checkPostUrl('/2020/node.js', 'posts/x.md', 'permalink')).toBe('/2020/node.js')
    expect(checkPostUrl('/about-this.html', 'posts/x.md', 'permalink')).toBe('/about-this.html')
  })

  it.each(['/a b/', '/a?b/', '/a#b/', '/a%zz/', '/a"b/', "/o'b/", '/a<b>/', '/a\\b/'])('refuses the character in %j', (url) => {
    expect(() => checkPostUrl(url, 'posts/x.md', 'permalink')).toThrow(/field "permalink": URL .* holds /)
  })
})

describe('post titles', () => {
  it.each(['', '   ', null, undefined])('refuses %j, naming the field', (title) => {
    expect(() => checkTitle(title, 'posts/x.md')).toThrow('posts/x.md: field "title": is empty. Fix: write a title')
  })
  it.each(['\u200b', '\u200b\u200c\u200d', '\u2060 \ufeff', '\u00ad'])('refuses a title of invisible characters %j', (title) => {
    expect(() => checkTitle(title, 'posts/x.md')).toThrow('posts/x.md: field "title": holds only invisible characters')
  })
  it('accepts any text', () => {
    expect(() => checkTitle('a & b <c>', 'posts/x.md')).not.toThrow()
  })
})

describe('exportableUrl', () => {
  it("exports a URL with spaces or quotes at a safe one, keeping Jekyll's for the copy", () => {
    expect(exportableUrl('/data science/2020/01/01/single.html')).toEqual({ url: '/data-science/2020/01/01/single.html', jekyllUrl: '/data science/2020/01/01/single.html' })
    expect(exportableUrl("/2020/01/01/what's  new/")).toEqual({ url: '/2020/01/01/what-s-new/', jekyllUrl: "/2020/01/01/what's  new/" })
  })

  it('leaves an exportable URL alone, with no copy', () => {
    expect(exportableUrl('/2020/01/01/café-ünïcode/')).toEqual({ url: '/2020/01/01/café-ünïcode/', jekyllUrl: undefined })
  })
})
