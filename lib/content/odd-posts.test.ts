import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { contentBuild, removeBuild, type ContentBuild } from '../../test/support/content-build'
import { BUILT, REFUSED_CONTENT, REFUSED_FILES, type OddPost } from '../../test/fixtures/odd-posts'

/**
 * The odd-post corpus as regression fixtures, through the real `contentlayer2 build`: three builds (what
 * must build, files refused before reading, content refused after) instead of one per post, to keep time.
 */

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/odd-posts/', import.meta.url))
// Each build is a fresh Node process (~5 s of CPU); other jobs may share the cores.
const BUILD_TIMEOUT = 240_000
const builds: ContentBuild[] = []
afterAll(async () => {
  await Promise.all(builds.map(removeBuild))
})

async function build(posts: readonly OddPost[]): Promise<ContentBuild> {
  const files = await Promise.all(posts.map(async (post) => ({ name: post.as, text: await readFile(join(FIXTURES, post.fixture), 'utf8') })))
  const result = await contentBuild(files)
  builds.push(result)
  return result
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined)

describe('the odd-post corpus', () => {
  test.concurrent('builds each post that can be built, at its URL, and names every removal', { timeout: BUILD_TIMEOUT }, async ({ expect }) => {
    const result = await build(BUILT)
    expect(result.code, result.output).toBe(0)
    const posts = await result.posts()
    for (const post of BUILT) {
      if (post.outcome !== 'built') continue
      const found = posts.find((p) => field(field(p, 'pressroom'), 'source') === `posts/${post.as}`)
      expect(field(found, 'url'), post.as).toBe(post.url)
      if (post.warns) expect(result.output).toContain(`warning: posts/${post.as}: ${post.warns}`)
    }
    const payload = posts.find((p) => field(p, 'url') === '/2020/02/05/payload/')
    const html = String(field(field(payload, 'body'), 'html'))
    expect(html).toContain('After the payloads.')
    expect(html).not.toMatch(/<script|<style|<meta|<base|<link|<form|<input|onerror|javascript:|position/)
    // Sorting is by instant: year 9999 is the newest post, year 1 the oldest.
    const instants = posts.map((p) => [field(p, 'postSlug'), Date.parse(String(field(p, 'publishedAt')))] as const).sort((a, b) => b[1] - a[1])
    expect(instants[0]?.[0]).toBe('far-future')
    expect(instants.at(-1)?.[0]).toBe('year-one')
  })

  test.concurrent.for([
    ['files', REFUSED_FILES],
    ['content', REFUSED_CONTENT],
  ] as const)('refuses each post whose %s cannot be built, naming the file, the field and the fix', { timeout: BUILD_TIMEOUT }, async ([, posts], { expect }) => {
    const result = await build(posts)
    expect(result.code, result.output).not.toBe(0)
    for (const post of posts) {
      if (post.outcome !== 'refused') continue
      expect(result.output, post.as).toMatch(new RegExp(`${escapeRegExp(`posts/${post.as}: field "${post.field}": `)}.*${escapeRegExp(post.says)}`))
    }
    expect(result.output).not.toContain('Generated')
  })
})

test('every odd fixture is exercised', async () => {
  expect((await readdir(FIXTURES)).sort()).toEqual([...BUILT, ...REFUSED_FILES, ...REFUSED_CONTENT].map((p) => p.fixture).sort())
})
