import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentBuild, removeBuild, type ContentBuild } from '../../test/support/content-build'
import { readersOf } from '../import/readers'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { routes } from '../urls/routes'
import { redirectRules } from './rules'

/**
 * Every URL real Jekyll built for the fixture blog (test/fixtures/readers-site/_expected/files.txt: posts, an
 * About page, a collection, a paginated listing, feeds, a redirect_from) is served by the moved site or
 * redirected by one of its rules. Posts go through the real content step; the rest is what the import records.
 */
const SITE = fileURLToPath(new URL('../../test/fixtures/readers-site/', import.meta.url))
let build: ContentBuild
let posts: { url: string; redirectFrom: string[] }[] = []

beforeAll(async () => {
  const names = readdirSync(join(SITE, '_posts'))
  build = await contentBuild(names.map((name) => ({ name, text: readFileSync(join(SITE, '_posts', name), 'utf8') })))
  expect(build.code, build.output).toBe(0)
  posts = (await build.posts()).map((doc) => {
    const url: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'url') : undefined
    const from: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'redirect_from') : undefined
    if (typeof url !== 'string') throw new Error('a post without url')
    return { url, redirectFrom: typeof from === 'string' ? [from] : Array.isArray(from) ? from.filter((f) => typeof f === 'string') : [] }
  })
}, 240_000)
afterAll(async () => {
  if (build) await removeBuild(build)
})

describe('the fixture blog moved', () => {
  it('keeps every URL Jekyll built: served, or redirected by a rule', () => {
    const config = parseRubyYaml(readFileSync(join(SITE, '_config.yml'), 'utf8')).data
    const readers = readersOf(SITE, posts.length)
    const served = new Set([
      routes.home(),
      ...posts.map((post) => post.url),
      ...readers.pages.map((page) => page.url),
      ...(readers.settings.keptFeeds?.feeds.map((feed) => feed.path) ?? []),
    ])
    const rules = redirectRules({
      paginatePath: typeof config.paginate_path === 'string' ? config.paginate_path : undefined,
      pageCount: Math.ceil(posts.length / 2),
      redirects: posts.flatMap((post) => post.redirectFrom.map((from) => ({ from, to: post.url }))),
      moved: readers.settings.oldUrls?.moved ?? [],
    })
    const ruled = new Set(rules.map((rule) => rule.from))
    const jekyll = readFileSync(join(SITE, '_expected/files.txt'), 'utf8').split('\n')
      .filter((file) => file.endsWith('.html') || file.startsWith('/feed'))
      .map((file) => file.replace(/index\.html$/, ''))
    expect(jekyll).toHaveLength(17)
    expect(jekyll.filter((url) => !served.has(url) && !ruled.has(url))).toEqual([])
    expect(rules.map((rule) => [rule.from, rule.to])).toEqual([
      ['/page2/', '/page/2/'],
      ['/page3/', '/page/3/'],
      ['/page4/', '/page/4/'],
      ['/old/renamed/', '/2020/04/20/better-name/'],
    ])
  })
})
