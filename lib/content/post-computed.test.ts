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

describe('publishedAt', () => {
  it('is the file-name date at midnight in the site zone, as an ISO instant', () => {
    expect(site.timeZone).toBe('America/Los_Angeles')
    expect(publishedAt(rawPost())).toBe('2016-06-20T07:00:00.000Z')
  })

  it('is the front-matter date when there is one', () => {
    expect(publishedAt(rawPost({ date: '2013-05-06 10:00:00 -0700' }))).toBe('2013-05-06T17:00:00.000Z')
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

describe('postUrl', () => {
  it('follows the site pattern by default', () => {
    expect(site.permalink).toBe('/:year/:month/:day/:title/')
    expect(postUrl(rawPost())).toBe('/2016/06/20/container-days-in-boston/')
  })

  it('lets the post’s own permalink win, categories included', () => {
    expect(postUrl(rawPost({ permalink: '/blog/:categories/:title.html', categories: ['Events'] }))).toBe('/blog/events/container-days-in-boston/')
    expect(postUrl(rawPost({ permalink: '/2016/06/20/old-url.html' }))).toBe('/2016/06/20/old-url/')
  })

  it('names the permalink field when its pattern has an unknown placeholder', () => {
    expect(() => postUrl(rawPost({ permalink: '/:yaer/:title/' }))).toThrow(contentError('permalink'))
    expect(() => postUrl(rawPost({ permalink: '/:yaer/:title/' }))).toThrow('":yaer"')
  })

  it('passes a date problem through with its own field', () => {
    expect(() => postUrl(rawPost({ date: 'soon' }))).toThrow(contentError('date'))
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
