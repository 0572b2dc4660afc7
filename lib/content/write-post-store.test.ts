import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, test } from 'vitest'
import { parsePostStore } from './post-store-read'
import { listedDocuments, writePostStore } from './write-post-store'

function generated(docs: Record<string, unknown>[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'post-store-'))
  mkdirSync(join(dir, 'Post'))
  // Contentlayer's whole-collection file is never read: a broken one proves it.
  writeFileSync(join(dir, 'Post', '_index.json'), '{ not json')
  docs.forEach((doc, i) => writeFileSync(join(dir, 'Post', `posts__${i}.md.json`), JSON.stringify(doc)))
  return dir
}

const doc = (n: number, overrides: Record<string, unknown> = {}) => ({
  _raw: { sourceFilePath: `posts/2016-06-2${n}-p${n}.md` },
  body: { raw: '', html: `<p>Body ${n}</p>` },
  title: `P${n}`, sourcePath: `posts/2016-06-2${n}-p${n}.md`, url: `/p${n}/`, postSlug: `p${n}`, jekyllId: `/p${n}`, categoryList: [],
  publishedAt: '2016-06-20T07:00:00.000Z', updatedAt: '2016-06-20T07:00:00.000Z', authorList: [], tagList: [],
  excerptHtml: '', excerptText: '', readingMinutes: 1, isDraft: false, headings: [],
  ...overrides,
})

describe('writePostStore', () => {
  it('writes metadata in one file and each body in its own, from the per-document files', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'posts')
    expect(writePostStore(generated([doc(1), doc(2)]), store)).toBe(2)
    const read = (file: string): unknown => JSON.parse(readFileSync(join(store, file), 'utf8'))
    const { posts } = parsePostStore(read('posts.json'), read('authors.json'), store)
    expect(posts.map((p) => p.url)).toEqual(['/p1/', '/p2/'])
    expect(readFileSync(join(store, posts[1]?.html ?? 'missing'), 'utf8')).toBe('<p>Body 2</p>')
    expect(readFileSync(join(store, 'posts.json'), 'utf8')).not.toContain('Body')
  })

  it('on a rebuild, reads again only the documents Contentlayer rewrote, and keeps every body', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'posts')
    const dir = generated([doc(1), doc(2), doc(3)])
    const file = (i: number) => join(dir, 'Post', `posts__${i}.md.json`)
    const then = new Date('2026-01-01T00:00:00Z')
    utimesSync(file(1), then, then)
    writePostStore(dir, store)
    // Rewritten by Contentlayer: a new body, read again.
    writeFileSync(file(0), JSON.stringify({ ...doc(1), body: { raw: '', html: '<p>Edited</p>' } }))
    // Same size and time as before (what Contentlayer leaves alone): the store's copy is kept, unread.
    writeFileSync(file(1), JSON.stringify(doc(2)).replace('Body 2', 'Body X'))
    utimesSync(file(1), then, then)
    expect(writePostStore(dir, store)).toBe(3)
    const read = (name: string): unknown => JSON.parse(readFileSync(join(store, name), 'utf8'))
    const { posts } = parsePostStore(read('posts.json'), read('authors.json'), store)
    expect(posts.map((post) => readFileSync(join(store, post.html), 'utf8'))).toEqual(['<p>Edited</p>', '<p>Body 2</p>', '<p>Body 3</p>'])
  })

  it('leaves a store that already holds the same posts as it is, so open pages are not re-rendered', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'posts')
    const dir = generated([doc(1), doc(2)])
    writePostStore(dir, store)
    const version = readFileSync(join(store, 'version.json'), 'utf8')
    const rewrite = (body: string) => {
      writeFileSync(join(dir, 'Post', 'posts__1.md.json'), JSON.stringify({ ...doc(2), body: { raw: '', html: body } }))
      writePostStore(dir, store)
      return readFileSync(join(store, 'version.json'), 'utf8')
    }
    // Rewritten by Contentlayer with the same content: nothing the pages read changed.
    expect(rewrite('<p>Body 2</p>')).toBe(version)
    // A new body: a new version.
    expect(rewrite('<p>Body 2, edited</p>')).not.toBe(version)
    expect(readFileSync(join(store, 'html', '1.html'), 'utf8')).toBe('<p>Body 2, edited</p>')
  })

  it('stops on a bad document, naming its file, and leaves the last good store in place', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'store-')), 'posts')
    writePostStore(generated([doc(1)]), store)
    expect(() => writePostStore(generated([doc(1), doc(2, { tagList: 'docker' })]), store)).toThrow('posts/2016-06-22-p2.md: field "tags"')
    expect(JSON.parse(readFileSync(join(store, 'posts.json'), 'utf8'))).toHaveLength(1)
  })
})

test("only the documents Contentlayer's index lists are this build's; no index, no list", () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-store-index-'))
  try {
    const index = join(dir, '_index.mjs')
    expect(listedDocuments(index)).toBeUndefined()
    writeFileSync(index, "import a from './posts__a.md.json' with { type: 'json' }\nimport b from './posts__b.md.json' with { type: 'json' }\nexport const allPosts = [a, b]\n")
    expect(listedDocuments(index)).toEqual(new Set(['posts__a.md.json', 'posts__b.md.json']))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
