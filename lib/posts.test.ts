import type { Post } from 'contentlayer/generated'
import { describe, expect, it } from 'vitest'
import { indexPosts } from './posts'

/** A complete generated `Post`, as Contentlayer would write it for `posts/<date>-<slug>.md`. */
function post(slug: string, date: string, overrides: Partial<Post> = {}): Post {
  const fileName = `${date.slice(0, 10)}-${slug}.md`
  return {
    _id: `posts/${fileName}`,
    _raw: {
      sourceFilePath: `posts/${fileName}`,
      sourceFileName: fileName,
      sourceFileDir: 'posts',
      contentType: 'markdown',
      flattenedPath: `posts/${fileName.replace(/\.md$/, '')}`,
    },
    type: 'Post',
    title: `Title of ${slug}`,
    body: { raw: 'Text.', html: '<p>Text.</p>' },
    slug,
    publishedAt: date,
    updatedAt: date,
    url: `/${date.slice(0, 10).replaceAll('-', '/')}/${slug}/`,
    isDraft: false,
    tagList: ['C++', 'docker'],
    categoryList: [],
    authorList: ['Dale Ragan'],
    excerptHtml: '<p>Text.</p>',
    excerptText: 'Text.',
    headings: [],
    readingMinutes: 1,
    ...overrides,
  }
}

const older = post('older', '2016-06-20T07:00:00.000Z')
const newer = post('newer', '2017-01-02T08:00:00.000Z')
const draft = post('draft', '2018-03-04T08:00:00.000Z', { isDraft: true })

describe('indexPosts', () => {
  it('lists posts newest first', () => {
    expect(indexPosts([older, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
    expect(indexPosts([newer, older], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
  })

  it('orders posts of the same instant by slug, so the order never depends on the file system', () => {
    const a = post('alpha', '2016-06-20T07:00:00.000Z', { url: '/a/' })
    const b = post('beta', '2016-06-20T07:00:00.000Z', { url: '/b/' })
    expect(indexPosts([b, a], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['alpha', 'beta'])
  })

  it('sorts by instant at any year: 10000-01-01 (9999-12-31 west of UTC) first, year 1 last', () => {
    const far = post('far', '+010000-01-01T07:59:59.000Z', { url: '/far/' })
    const early = post('early', '0001-01-01T07:52:58.000Z', { url: '/early/' })
    expect(indexPosts([older, far, early, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['far', 'newer', 'older', 'early'])
  })

  it('refuses two posts whose URLs differ only in letter case, naming both files', () => {
    const upper = post('Post', '2016-06-20T07:00:00.000Z', { url: '/2016/06/20/Post/' })
    const lower = post('post', '2016-06-20T07:00:00.000Z', { url: '/2016/06/20/post/' })
    expect(() => indexPosts([upper, lower], { showDrafts: false })).toThrow(
      'posts/2016-06-20-post.md: field "permalink": URL /2016/06/20/post/ is already used by posts/2016-06-20-Post.md (as /2016/06/20/Post/: URLs differing only in letter case collide)',
    )
  })

  it('leaves drafts out unless the deploy asks for them', () => {
    expect(indexPosts([older, draft, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
    const withDrafts = indexPosts([older, draft, newer], { showDrafts: true })
    expect(withDrafts.map((e) => [e.summary.slug, e.summary.isDraft])).toEqual([
      ['draft', true],
      ['newer', false],
      ['older', false],
    ])
  })

  it('summarises each post with linked tags and its authors', () => {
    const [entry] = indexPosts([older], { showDrafts: false })
    expect(entry?.summary).toMatchObject({
      slug: 'older',
      url: '/2016/06/20/older/',
      title: 'Title of older',
      date: '2016-06-20T07:00:00.000Z',
      authors: [{ name: 'Dale Ragan', slug: 'dale-ragan' }],
      tags: [
        { name: 'C++', slug: 'c-plus-plus' },
        { name: 'docker', slug: 'docker' },
      ],
      description: 'Text.',
    })
    expect(entry?.source).toBe(older)
  })

  it('prefers the front-matter description to the excerpt', () => {
    const [entry] = indexPosts([post('described', '2016-06-20T07:00:00.000Z', { description: 'Own words.' })], { showDrafts: false })
    expect(entry?.summary.description).toBe('Own words.')
  })

  it('fails on two posts with one URL, naming both files', () => {
    const clash = post('clash', '2016-06-21T07:00:00.000Z', { url: older.url })
    const run = () => indexPosts([older, clash], { showDrafts: false })
    expect(run).toThrow(expect.objectContaining({ name: 'ContentError', file: clash._raw.sourceFilePath, field: 'permalink' }))
    expect(run).toThrow(`URL /2016/06/20/older/ is already used by ${older._raw.sourceFilePath}`)
  })

  it('fails on a URL clash even when one of the posts is a hidden draft', () => {
    const hidden = post('hidden', '2016-06-21T07:00:00.000Z', { url: older.url, isDraft: true })
    expect(() => indexPosts([older, hidden], { showDrafts: false })).toThrow(older._raw.sourceFilePath)
  })

  it('rejects a computed list that is not text, naming the file', () => {
    const broken = post('broken', '2016-06-20T07:00:00.000Z', { tagList: [1, 2] })
    expect(() => indexPosts([broken], { showDrafts: false })).toThrow(expect.objectContaining({ file: broken._raw.sourceFilePath, field: 'tags' }))
  })
})
