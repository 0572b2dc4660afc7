import { describe, expect, it } from 'vitest'
import { FEED_FILES, feedFormatOf, postPathSegments, postUrlFromSegments, routes, atLeastOneParam, PLACEHOLDER_SEGMENT } from './routes'

describe('routes', () => {
  it('names the fixed pages with trailing slashes, as the static export serves them', () => {
    expect([routes.home(), routes.archive(), routes.tags(), routes.authors(), routes.search()]).toEqual(['/', '/archive/', '/tags/', '/authors/', '/search/'])
    expect([routes.sitemap(), routes.robots()]).toEqual(['/sitemap.xml', '/robots.txt'])
  })

  it('makes page 1 of the home listing the home page, and later pages /page/N/', () => {
    expect(routes.listing(1)).toBe('/')
    expect(routes.listing(2)).toBe('/page/2/')
    expect(routes.listing(12)).toBe('/page/12/')
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses listing page %s', (page) => {
    expect(() => routes.listing(page)).toThrow(/not a whole number/)
    expect(() => routes.tag('go', page)).toThrow(/not a whole number/)
  })

  it('takes a post URL from its permalink, whatever its shape', () => {
    expect(routes.post({ url: '/2016/06/20/container-days/' })).toBe('/2016/06/20/container-days/')
    expect(routes.post({ url: '/blog/notes/hello/' })).toBe('/blog/notes/hello/')
  })

  it('puts tags and authors under their folders', () => {
    expect(routes.tag('docker')).toBe('/tags/docker/')
    expect(routes.tag('c-sharp', 1)).toBe('/tags/c-sharp/')
    expect(routes.tag('c-sharp', 3)).toBe('/tags/c-sharp/page/3/')
    expect(routes.author('dale-ragan')).toBe('/authors/dale-ragan/')
  })

  it('keeps letters outside ASCII in slugs, as post permalinks keep them', () => {
    expect(routes.tag('café')).toBe('/tags/café/')
    expect(routes.author('zoë-ångström')).toBe('/authors/zoë-ångström/')
  })

  it('escapes what would split a slug out of its segment, and nothing else', () => {
    expect(routes.tag('a/b')).toBe('/tags/a%2Fb/')
    expect(routes.tag('what?#now')).toBe('/tags/what%3F%23now/')
    expect(routes.tag('100%')).toBe('/tags/100%25/')
    expect(routes.author('ann lee')).toBe('/authors/ann%20lee/')
    expect(routes.tag('c++.net_2-x')).toBe('/tags/c++.net_2-x/')
  })

  it('refuses an empty slug rather than naming the folder above', () => {
    expect(() => routes.tag('')).toThrow(/tag slug is empty/)
    expect(() => routes.author('  ')).toThrow(/author slug is empty/)
  })

  it('names the site feeds at the root and each tag feed in its tag folder', () => {
    expect([routes.feed('rss'), routes.feed('atom'), routes.feed('json')]).toEqual(['/feed.xml', '/atom.xml', '/feed.json'])
    expect(routes.feed('atom', 'kubernetes')).toBe('/tags/kubernetes/atom.xml')
    expect(routes.feed('rss', 'a/b')).toBe('/tags/a%2Fb/feed.xml')
  })

  it('names a share image after the whole permalink, so one slug on two dates gives two images', () => {
    expect(routes.shareImage('/2016/06/20/my-post/')).toBe('/og/2016-06-20-my-post.png')
    expect(routes.shareImageFile('/2016/06/20/my-post/')).toBe('2016-06-20-my-post.png')
    expect(routes.shareImage('/2016/06/20/release/')).not.toBe(routes.shareImage('/2017/06/20/release/'))
  })

  it('opens search with a query, encoded', () => {
    expect(routes.search('')).toBe('/search/')
    expect(routes.search('c# & go')).toBe('/search/?q=c%23%20%26%20go')
    expect(routes.searchIndexFile('manifest.json')).toBe('/search/manifest.json')
  })
})

describe('feedFormatOf', () => {
  it('reads each feed file name back as its format', () => {
    for (const [format, file] of Object.entries(FEED_FILES)) expect(feedFormatOf(file)).toBe(format)
  })

  it.each(['rss.xml', 'feed.XML', 'feed', ''])('is undefined for %j', (name) => {
    expect(feedFormatOf(name)).toBeUndefined()
  })
})

describe('post URL segments', () => {
  it('split a permalink for the catch-all route and join back to it', () => {
    for (const url of ['/2016/06/20/a/', '/notes/hello/', '/one/']) expect(postUrlFromSegments(postPathSegments(url))).toBe(url)
    expect(postPathSegments('/2016/06/20/a/')).toEqual(['2016', '06', '20', 'a'])
  })

  it('decode segments that arrive percent-encoded', () => {
    expect(postUrlFromSegments(['2016', 'caf%C3%A9'])).toBe('/2016/café/')
    expect(postUrlFromSegments(['2016', 'café'])).toBe('/2016/café/')
  })
})

describe('atLeastOneParam', () => {
  it('keeps a route’s own params, and stands in the placeholder only when there are none', () => {
    expect(atLeastOneParam([{ tag: 'docker' }], { tag: PLACEHOLDER_SEGMENT })).toEqual([{ tag: 'docker' }])
    expect(atLeastOneParam([], { tag: PLACEHOLDER_SEGMENT })).toEqual([{ tag: '_none' }])
  })
})
