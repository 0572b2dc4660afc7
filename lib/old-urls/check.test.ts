import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { redirectHtml } from '../urls/redirect-page'
import { checkOldUrls, oldUrlsOfSitemap, oldUrlsOfSite } from './check'

const tree = tempTrees('pressroom-urls-')

describe('check:urls', () => {
  const old = tree({
    'index.html': '', 'about/index.html': '', 'notes/x.html': '', 'page2/index.html': '', '404.html': '', 'feed.xml': '<?xml?><feed xmlns="http://www.w3.org/2005/Atom">',
    'sitemap.xml': '<urlset/>', 'css/main.css': '', 'redirects.json': '{}', 'gone/index.html': '', 'old/index.html': '',
  })
  it('lists the old site’s pages and feeds, not its styles, data, sitemap or 404 page', () => {
    expect(oldUrlsOfSite(old)).toEqual(['/', '/about/', '/feed.xml', '/gone/', '/notes/x.html', '/old/', '/page2/'])
  })
  it('reads a sitemap’s locations as site paths, without the old baseurl', () => {
    const xml = '<urlset><url><loc>https://blog.example.com/blog/about/</loc></url><url><loc>https://blog.example.com/blog/caf%C3%A9/</loc></url></urlset>'
    expect(oldUrlsOfSitemap(xml, '/blog')).toEqual(['/about/', '/café/'])
  })
  it('says which URLs are served, redirected by a rule or a page, and which are lost', () => {
    const out = tree({
      'index.html': '<p>home</p>', 'about/index.html': '<p>about</p>', 'notes/x.html': '<p>x</p>', 'feed.xml': '<feed/>',
      '_redirects': '# rules\n/page2/ /page/2/ 301\n',
      'old/index.html': redirectHtml('/new/', { basePath: '', siteUrl: 'https://blog.example.com' }),
    })
    const outcomes = checkOldUrls(oldUrlsOfSite(old), out)
    expect(outcomes.map((o) => [o.url, o.answer, o.to])).toEqual([
      ['/', 'served', undefined],
      ['/about/', 'served', undefined],
      ['/feed.xml', 'served', undefined],
      ['/gone/', 'lost', undefined],
      ['/notes/x.html', 'served', undefined],
      ['/old/', 'meta-refresh', '/new/'],
      ['/page2/', 'redirect', '/page/2/'],
    ])
  })
  it('follows a placeholder rule as Cloudflare Pages does', () => {
    const out = tree({ '_redirects': '/articles/page:num/ /page/:num/ 301\n' })
    expect(checkOldUrls(['/articles/page7/'], out)).toEqual([{ url: '/articles/page7/', answer: 'redirect', to: '/page/7/' }])
  })
})
