import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isBodyOnlyEdit, patchPostBody } from './body-edit'

describe('an edit of the text alone', () => {
  const post = '---\ntitle: A post\ntags: [go]\n---\n\nFirst words.\n'

  it('is one that leaves the front matter byte for byte', () => {
    expect(isBodyOnlyEdit(post, post.replace('First words.', 'First words, and more.'))).toBe(true)
  })

  it('is not one that touches the front matter, changes nothing, or has no front matter to compare', () => {
    expect(isBodyOnlyEdit(post, post.replace('A post', 'A better post'))).toBe(false)
    expect(isBodyOnlyEdit(post, post.replace('tags: [go]\n', 'tags: [go]\nexcerpt: x\n'))).toBe(false)
    expect(isBodyOnlyEdit(post, post)).toBe(false)
    expect(isBodyOnlyEdit('No front matter.\n', 'No front matter at all.\n')).toBe(false)
  })
})

describe('patchPostBody', () => {
  let store: string
  const read = (file: string) => readFileSync(join(store, file), 'utf8')
  beforeEach(() => {
    store = mkdtempSync(join(tmpdir(), 'body-edit-'))
    mkdirSync(join(store, 'html'))
    const posts = [
      { file: 'posts/a.md', html: 'html/0.html', title: 'A', excerptHtml: '<p>old a</p>', excerptText: 'old a', headings: [], readingMinutes: 1 },
      { file: 'posts/b.md', html: 'html/1.html', title: 'B', excerptHtml: '<p>b</p>', excerptText: 'written in the front matter', headings: [], readingMinutes: 1 },
    ]
    writeFileSync(join(store, 'posts.json'), JSON.stringify(posts))
    writeFileSync(join(store, 'html/0.html'), '<p>old a</p>')
    writeFileSync(join(store, 'html/1.html'), '<p>b</p>')
    writeFileSync(join(store, 'version.json'), '{"written":"2026-01-01T00:00:00.000Z","posts":2}')
  })
  afterEach(() => rmSync(store, { recursive: true, force: true }))

  it("puts the post's new body and what is read from it into the store, and a new version", () => {
    const heading = { id: 'more', text: 'More', depth: 2 as const }
    expect(patchPostBody(store, 'posts/a.md', '<p>new a</p><h2 id="more">More</h2>', { excerptHtml: '<p>new a</p>', excerptText: 'new a', headings: [heading], readingMinutes: 3 })).toBe(true)
    expect(read('html/0.html')).toBe('<p>new a</p><h2 id="more">More</h2>')
    const posts: unknown = JSON.parse(read('posts.json'))
    expect(posts).toEqual([
      { file: 'posts/a.md', html: 'html/0.html', title: 'A', excerptHtml: '<p>new a</p>', excerptText: 'new a', headings: [heading], readingMinutes: 3 },
      expect.objectContaining({ file: 'posts/b.md', excerptHtml: '<p>b</p>' }),
    ])
    expect(read('version.json')).not.toContain('2026-01-01T00:00:00.000Z')
  })

  it("keeps an excerpt the front matter gives, when told there is one", () => {
    patchPostBody(store, 'posts/b.md', '<p>b2</p>', { excerptHtml: '<p>b2</p>', excerptText: undefined, headings: [], readingMinutes: 1 })
    expect(JSON.parse(read('posts.json'))[1]).toMatchObject({ excerptHtml: '<p>b2</p>', excerptText: 'written in the front matter' })
  })

  it('writes nothing for a post the store does not have (a new one waits for Contentlayer)', () => {
    const before = [read('posts.json'), read('version.json')]
    expect(patchPostBody(store, 'posts/new.md', '<p>x</p>', { excerptHtml: '', excerptText: '', headings: [], readingMinutes: 1 })).toBe(false)
    expect([read('posts.json'), read('version.json')]).toEqual(before)
  })
})
