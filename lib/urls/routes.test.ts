import { describe, expect, it } from 'vitest'
import { atLeastOneParam, FEED_FILES, feedFormatOf, laterPageFromParam, listingPageSegments, pageFromListingSegments, PLACEHOLDER_SEGMENT, postPathSegments, postUrlFromSegments, routes } from './routes'

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
    expect(() => routes.author('ann', page)).toThrow(/not a whole number/)
    expect(() => routes.archiveYear(2016, page)).toThrow(/not a whole number/)
    expect(() => routes.sitemapPart(page)).toThrow(/not a whole number/)
  })

  it('pages tag, author and archive-year listings inside their folders, page 1 being the folder itself', () => {
    expect(routes.author('dale-ragan', 1)).toBe('/authors/dale-ragan/')
    expect(routes.author('dale-ragan', 2)).toBe('/authors/dale-ragan/page/2/')
    expect(routes.archiveYear(2016)).toBe('/archive/2016/')
    expect(routes.archiveYear(2016, 4)).toBe('/archive/2016/page/4/')
    expect(() => routes.archiveYear(2016.5)).toThrow(/year 2016.5 is not a whole number/)
  })

  it('names the parts of a split sitemap in their own folder', () => {
    expect(routes.sitemapPart(1)).toBe('/sitemaps/sitemap-1.xml')
    expect(routes.sitemapPartFile(12)).toBe('sitemap-12.xml')
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
    expect(routes.shareImage('/2016/06/20/my-post/')).toBe('/og/2016/06/20/my-post.png')
    expect(routes.shareImageFile('/2016/06/20/my-post/')).toBe('2016/06/20/my-post.png')
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

describe('listing page segments', () => {
  it('adds nothing for page 1 and page/N after it, as the listing URLs do', () => {
    expect(listingPageSegments(1)).toEqual([])
    expect(listingPageSegments(3)).toEqual(['page', '3'])
    expect(`/tags/go/${listingPageSegments(3).join('/')}/`).toBe(routes.tag('go', 3))
  })

  it('reads back the page the segments name', () => {
    expect(pageFromListingSegments(undefined)).toBe(1)
    expect(pageFromListingSegments([])).toBe(1)
    expect(pageFromListingSegments(['page', '2'])).toBe(2)
    expect(pageFromListingSegments(['page', '137'])).toBe(137)
  })

  it('refuses page/1 (the listing itself), padded or signed numbers and other paths', () => {
    for (const segments of [['page', '1'], ['page', '0'], ['page', '02'], ['page', '-2'], ['page', '2.0'], ['page'], ['page', '2', 'x'], ['pages', '2'], ['feed.xml'], ['page', '99999999999999999999']]) {
      expect(pageFromListingSegments(segments), segments.join('/')).toBeUndefined()
    }
  })

  it('reads the home listing\'s later page from its one segment, and no page 1 or placeholder there', () => {
    expect(laterPageFromParam('2')).toBe(2)
    expect(`/page/${laterPageFromParam('12')}/`).toBe(routes.listing(12))
    for (const param of ['1', '01', PLACEHOLDER_SEGMENT, '']) expect(laterPageFromParam(param), param).toBeUndefined()
  })
})
