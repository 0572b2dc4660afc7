import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentBuild, removeBuild, type ContentBuild } from '../../test/support/content-build'
import { postSource, postSummary } from '../../test/support/posts'
import { child, children, parseXml, type XmlElement } from '../../test/support/xml'
import { keptFeedsOf } from '../import/feeds'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { siteUrl } from '../urls/paths'
import type { PostSource } from '../posts'
import { renderKeptFeed } from './kept'

/**
 * The fixture blog's feeds as real Jekyll 4.3 + jekyll-feed 0.17 wrote them (test/fixtures/readers-site/_expected),
 * against the feeds the moved site writes from the same posts through the real content step: every entry must
 * carry the same id, in the same order, or a subscriber's reader delivers it again.
 */
const SITE = fileURLToPath(new URL('../../test/fixtures/readers-site/', import.meta.url))
const BUILD_TIMEOUT = 240_000
let build: ContentBuild
let sources: PostSource[]

beforeAll(async () => {
  const names = readdirSync(join(SITE, '_posts'))
  build = await contentBuild(names.map((name) => ({ name, text: readFileSync(join(SITE, '_posts', name), 'utf8') })))
  expect(build.code, build.output).toBe(0)
  const text = (doc: unknown, key: string): string => {
    const value: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, key) : undefined
    if (typeof value !== 'string') throw new Error(`document without ${key}`)
    return value
  }
  const docs = await build.posts()
  sources = docs
    .map((doc): PostSource => {
      const categories: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'categoryList') : undefined
      const summary = postSummary({ slug: text(doc, 'postSlug'), url: text(doc, 'url'), title: text(doc, 'title'), date: text(doc, 'publishedAt') })
      return { summary, html: '<p>Body.</p>', jekyll: { id: text(doc, 'jekyllId'), categories: Array.isArray(categories) ? categories.filter((c) => typeof c === 'string') : [], path: text(doc, 'sourcePath') } }
    })
    .sort((a, b) => Date.parse(b.summary.date) - Date.parse(a.summary.date))
}, BUILD_TIMEOUT)
afterAll(async () => {
  if (build) await removeBuild(build)
})

/** Each entry's site path (its link, without the origin) and its id. */
function entries(xml: string, origin: string): { path: string; id: string }[] {
  return children(parseXml(xml), 'entry').map((entry: XmlElement) => ({ path: (child(entry, 'link').attributes.href ?? '').replace(origin, ''), id: child(entry, 'id').text }))
}

describe('feeds kept from a jekyll-feed site', () => {
  it('are found in the config: the site feed and each category feed, at their paths', () => {
    const kept = keptFeedsOf(SITE, parseRubyYaml(readFileSync(join(SITE, '_config.yml'), 'utf8')).data)
    expect(kept).toEqual({
      origin: { url: 'https://blog.example.com', baseurl: '/blog' },
      feeds: [
        { path: '/feed.xml', format: 'atom', ids: 'jekyll-id', postsLimit: 10 },
        { path: '/feed/release.xml', format: 'atom', ids: 'jekyll-id', postsLimit: 10, category: 'release' },
      ],
    })
  })

  for (const path of ['/feed.xml', '/feed/release.xml']) {
    it(`${path}: every entry under Jekyll's id, in Jekyll's order`, () => {
      const kept = keptFeedsOf(SITE, parseRubyYaml(readFileSync(join(SITE, '_config.yml'), 'utf8')).data)
      const feed = kept?.feeds.find((f) => f.path === path)
      if (!kept || !feed) throw new Error(`no kept feed at ${path}`)
      const jekyll = entries(readFileSync(join(SITE, '_expected', path), 'utf8'), 'https://blog.example.com/blog')
      const ours = entries(renderKeptFeed(kept, feed, sources), siteUrl)
      expect(jekyll.length).toBeGreaterThan(0)
      expect(ours.map((e) => decodeURI(e.path))).toEqual(jekyll.map((e) => decodeURI(e.path)))
      expect(ours.map((e) => e.id)).toEqual(jekyll.map((e) => e.id))
    })
  }

  it('lists posts of the same instant in the order of their files, as jekyll-feed did', () => {
    const kept = { origin: { url: 'https://blog.example.com', baseurl: '' }, feeds: [] }
    const feed = { path: '/feed.xml', format: 'atom' as const, ids: 'jekyll-id' as const, postsLimit: 10 }
    const at = (slug: string, path: string) => ({ ...postSource({ slug, date: '2010-01-10T13:07:09.000Z' }), jekyll: { id: `/${slug}`, categories: [], path } })
    const order = entries(renderKeptFeed(kept, feed, [at('override-data', 'posts/2010-01-16-override-data.md'), at('time-override', 'posts/2010-01-09-time-override.md')]), siteUrl).map((e) => e.id)
    expect(order).toEqual(['https://blog.example.com/time-override', 'https://blog.example.com/override-data'])
  })

  it('carries no more posts than the old feed did', () => {
    const kept = keptFeedsOf(SITE, { ...parseRubyYaml(readFileSync(join(SITE, '_config.yml'), 'utf8')).data, feed: { posts_limit: 2 } })
    const feed = kept?.feeds[0]
    if (!kept || !feed) throw new Error('no kept feed')
    expect(entries(renderKeptFeed(kept, feed, sources), siteUrl)).toHaveLength(2)
  })
})
