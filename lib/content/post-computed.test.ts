import { describe, expect, it } from 'vitest'
import { site } from '../site'
import { categoryList, postUrl, publishedAt, readingMinutes, summary, type RawPost } from './post-computed'

const FILE = 'posts/2016-06-20-container-days-in-boston.md'

const rawPost = (overrides: Partial<RawPost> = {}): RawPost => ({
  _id: FILE,
  _raw: { sourceFilePath: FILE, sourceFileName: '2016-06-20-container-days-in-boston.md' },
  body: { html: '<p>Hello.</p>' },
  ...overrides,
})

const contentError = (field: string) => expect.objectContaining({ name: 'ContentError', file: FILE, field })

describe('publishedAt and postUrl', () => {
  const resolved = { url: '/2016/06/20/container-days-in-boston.html', source: FILE, draft: false, date: '2016-06-20T07:00:00.000Z' }

  it('are what the prepare step resolved (lib/content/prepare.test.ts covers the Jekyll rules)', () => {
    expect(publishedAt(rawPost({ pressroom: resolved }))).toBe('2016-06-20T07:00:00.000Z')
    expect(postUrl(rawPost({ pressroom: resolved }))).toBe('/2016/06/20/container-days-in-boston.html')
  })

  it('stop the build, naming the file, for a post that skipped the prepare step', () => {
    expect(() => postUrl(rawPost())).toThrow(contentError('pressroom'))
    expect(() => publishedAt(rawPost({ pressroom: { ...resolved, url: 42 } }))).toThrow(contentError('pressroom'))
  })
})

describe('categoryList', () => {
  it('reads category: as a single category and categories: as a list or words', () => {
    expect(categoryList(rawPost({ category: 'Dev Ops' }))).toEqual(['Dev Ops'])
    expect(categoryList(rawPost({ categories: 'news release' }))).toEqual(['news', 'release'])
    expect(categoryList(rawPost())).toEqual([])
  })

  it('rejects both set together', () => {
    expect(() => categoryList(rawPost({ category: 'a', categories: ['b'] }))).toThrow(contentError('category'))
  })
})

describe('summary and readingMinutes', () => {
  it('summarises the rendered body', () => {
    const html = '<p>First paragraph.</p><h2 id="a">A</h2><p>More.</p>'
    expect(summary(rawPost({ _id: 'summary-1', body: { html } }))).toMatchObject({
      excerptHtml: '<p>First paragraph.</p>',
      headings: [{ depth: 2, id: 'a', text: 'A' }],
    })
  })

  it('summarises a post again when its body changes', () => {
    const before = summary(rawPost({ _id: 'summary-2', body: { html: '<p>Old text.</p>' } }))
    const after = summary(rawPost({ _id: 'summary-2', body: { html: '<p>New text.</p>' } }))
    expect(before.excerptText).toBe('Old text.')
    expect(after.excerptText).toBe('New text.')
  })

  it('rounds reading time to whole minutes, at least one', () => {
    const words = (n: number) => `<p>${'word '.repeat(n)}</p>`
    expect(readingMinutes(rawPost({ _id: 'short', body: { html: words(10) } }))).toBe(1)
    expect(readingMinutes(rawPost({ _id: 'long', body: { html: words(site.wordsPerMinute * 3) } }))).toBe(3)
  })
})
