import { afterEach, describe, expect, it, vi } from 'vitest'
import { elements, attribute } from '../../test/support/html'
import { postSource } from '../../test/support/posts'
import { site } from '../site'

const SITE = 'https://blog.example.com'
const kubernetes = { name: 'Kubernetes', slug: 'kubernetes' }
const go = { name: 'Go', slug: 'go' }

/** lib/urls/paths.ts reads the deploy from the environment once, at import: load it afresh for each deploy. */
async function loadBuild(env: { SITE_URL: string; BASE_PATH?: string }) {
  vi.resetModules()
  vi.stubEnv('SITE_URL', env.SITE_URL)
  vi.stubEnv('BASE_PATH', env.BASE_PATH ?? '')
  return import('./build')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('buildFeed', () => {
  it('carries every post, in the order given, for the site', async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: SITE })
    const feed = buildFeed({ kind: 'site' }, [postSource({ slug: 'b', tags: [go] }), postSource({ slug: 'a' })])
    expect(feed.items.map((item) => item.url)).toEqual([`${SITE}/2016/06/20/b/`, `${SITE}/2016/06/20/a/`])
    expect(feed.title).toBe(site.title)
    expect(feed.description).toBe(site.description)
    expect(feed.language).toBe(site.language)
    expect(feed.homeUrl).toBe(`${SITE}/`)
    expect(feed.urls).toEqual({ rss: `${SITE}/feed.xml`, atom: `${SITE}/atom.xml`, json: `${SITE}/feed.json` })
  })

  it('carries only the posts with the tag, matched by slug, for a tag', async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: SITE })
    const sources = [
      postSource({ slug: 'k8s', tags: [kubernetes] }),
      postSource({ slug: 'go', tags: [go] }),
      postSource({ slug: 'both', tags: [go, { name: 'kubernetes', slug: 'kubernetes' }] }),
      postSource({ slug: 'none' }),
    ]
    const feed = buildFeed({ kind: 'tag', ...kubernetes }, sources)
    expect(feed.items.map((item) => item.title)).toEqual(['Post k8s', 'Post both'])
    expect(feed.title).toBe(`${site.title}: #Kubernetes`)
    expect(feed.description).toContain('Kubernetes')
    expect(feed.homeUrl).toBe(`${SITE}/tags/kubernetes/`)
    expect(feed.urls).toEqual({
      rss: `${SITE}/tags/kubernetes/feed.xml`,
      atom: `${SITE}/tags/kubernetes/atom.xml`,
      json: `${SITE}/tags/kubernetes/feed.json`,
    })
  })

  it('carries the newest FEED_SIZE posts and no more', async () => {
    const { buildFeed, FEED_SIZE } = await loadBuild({ SITE_URL: SITE })
    const sources = Array.from({ length: FEED_SIZE + 5 }, (_, i) => postSource({ slug: `p${i}` }))
    const feed = buildFeed({ kind: 'site' }, sources)
    expect(feed.items).toHaveLength(FEED_SIZE)
    expect(feed.items.map((item) => item.title)).toEqual(sources.slice(0, FEED_SIZE).map((s) => s.summary.title))
    expect(buildFeed({ kind: 'site' }, sources.slice(0, 3)).items).toHaveLength(3)
  })

  it('fills each item from the post: absolute id and URL, dates, author and tag names, description', async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: SITE })
    const source = postSource({
      slug: 'one',
      title: 'One & only',
      date: '2016-06-20T17:00:00.000Z',
      updated: '2016-08-01T09:00:00.000Z',
      authors: [{ name: 'Ann Lee', slug: 'ann-lee' }],
      tags: [kubernetes, go],
      description: 'What one is about.',
    })
    expect(buildFeed({ kind: 'site' }, [source]).items).toEqual([
      {
        id: `${SITE}/2016/06/20/one/`,
        url: `${SITE}/2016/06/20/one/`,
        title: 'One & only',
        published: '2016-06-20T17:00:00.000Z',
        updated: '2016-08-01T09:00:00.000Z',
        authors: ['Ann Lee'],
        tags: ['Kubernetes', 'Go'],
        summary: 'What one is about.',
        html: '<p>Body.</p>',
      },
    ])
  })

  it('makes root-relative links and images in the body absolute on the production site, without the base path', async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: SITE, BASE_PATH: '/pressroom/pr-preview/pr-42' })
    const body =
      '<p><a href="/2016/01/01/other/">other</a> <img src="/blog/images/a.png" srcset="/blog/images/a.png 1x, /blog/images/a@2x.png 2x" alt="">' +
      ' <a href="https://elsewhere.example/x">out</a> <a href="//cdn.example/y">cdn</a> <a href="#fn1">note</a></p>'
    const [item] = buildFeed({ kind: 'site' }, [postSource({ slug: 'one' }, body)]).items
    const html = item?.html ?? ''
    expect(elements(html, 'a').map((a) => attribute(a, 'href'))).toEqual([
      `${SITE}/2016/01/01/other/`,
      'https://elsewhere.example/x',
      '//cdn.example/y',
      '#fn1',
    ])
    const img = elements(html, 'img')
    expect(img.map((i) => attribute(i, 'src'))).toEqual([`${SITE}/blog/images/a.png`])
    expect(img.map((i) => attribute(i, 'srcSet'))).toEqual([`${SITE}/blog/images/a.png 1x, ${SITE}/blog/images/a@2x.png 2x`])
    expect(html).not.toContain('pr-preview')
    expect(item?.url).toBe(`${SITE}/2016/06/20/one/`)
  })

  it('keeps a site URL with a path of its own in front of every URL', async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: 'https://acme.github.io/pressroom', BASE_PATH: '/pressroom' })
    const [item] = buildFeed({ kind: 'site' }, [postSource({ slug: 'one' }, '<img src="/blog/a.png" alt="">')]).items
    expect(item?.url).toBe('https://acme.github.io/pressroom/2016/06/20/one/')
    expect(elements(item?.html ?? '', 'img').map((i) => attribute(i, 'src'))).toEqual(['https://acme.github.io/pressroom/blog/a.png'])
  })

  it("is updated when its most recently updated post is, whatever the posts' order", async () => {
    const { buildFeed } = await loadBuild({ SITE_URL: SITE })
    const sources = [
      postSource({ slug: 'new', date: '2017-03-01T10:00:00.000Z', updated: '2017-03-01T10:00:00.000Z' }),
      postSource({ slug: 'old-but-edited', date: '2016-01-01T10:00:00.000Z', updated: '2017-05-09T12:00:00.000Z' }),
      postSource({ slug: 'old', date: '2015-01-01T10:00:00.000Z', updated: '2015-01-01T10:00:00.000Z' }),
    ]
    expect(buildFeed({ kind: 'site' }, sources).updated).toBe('2017-05-09T12:00:00.000Z')
    expect(buildFeed({ kind: 'site' }, sources.slice(0, 1)).updated).toBe('2017-03-01T10:00:00.000Z')
  })
})

describe('feedPaths', () => {
  it('puts the site feeds at the root and a tag feeds in its folder', async () => {
    const { feedPaths } = await loadBuild({ SITE_URL: SITE })
    expect(feedPaths({ kind: 'site' })).toEqual({ rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' })
    expect(feedPaths({ kind: 'tag', name: 'C#', slug: 'c-sharp' })).toEqual({
      rss: '/tags/c-sharp/feed.xml',
      atom: '/tags/c-sharp/atom.xml',
      json: '/tags/c-sharp/feed.json',
    })
  })
})
