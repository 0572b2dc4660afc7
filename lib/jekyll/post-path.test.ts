import { describe, expect, it } from 'vitest'
import { readPostPath, rubyFileDate } from './post-path'

describe('readPostPath', () => {
  it('reads date, slug and extension, zero-padding the date', () => {
    expect(readPostPath('2016-6-2-Hello.World.markdown')).toMatchObject({ date: '2016-06-02', slug: 'Hello.World', ext: '.markdown', name: '2016-6-2-Hello.World', categories: [] })
  })
  it('takes categories from folders above _posts, never from folders below it', () => {
    expect(readPostPath('engineering/_posts/2020/2020-01-01-x.md')).toMatchObject({ categories: ['engineering'], jekyllPath: 'engineering/_posts/2020/2020-01-01-x.md' })
    expect(readPostPath('2020/2020-01-01-x.md')).toMatchObject({ categories: [], jekyllPath: '_posts/2020/2020-01-01-x.md' })
  })
  it('reads a two-digit year as Ruby does (69–99 in the 1900s)', () => {
    expect(readPostPath('99-1-1-party.md')).toMatchObject({ date: '1999-01-01' })
    expect(readPostPath('20-1-1-now.md')).toMatchObject({ date: '2020-01-01' })
  })
  it('says which date Ruby gives a day past the end of its month, and which it refuses', () => {
    expect(rubyFileDate('2020-02-30')).toBe('2020-03-01')
    expect(rubyFileDate('2021-04-31')).toBe('2021-05-01')
    expect(rubyFileDate('2020-02-32')).toBeUndefined()
    expect(rubyFileDate('2020-13-01')).toBeUndefined()
  })
  it('drops trailing periods from the slug', () => {
    expect(readPostPath('2020-01-01-what...md')).toMatchObject({ slug: 'what' })
  })
  it.each([
    ['YYYY-MM-DD-your-blog-post-name.md', 'does not start with a date'],
    ['_template/2020-01-01-x.md', 'starts with _'],
    ['.2020-01-01-x.md', 'starts with .'],
    ['2020-02-30-x.md', 'not a valid date'],
    ['2020-01-01-x.txt', 'not a Markdown'],
  ])('skips %s', (path, reason) => {
    expect(readPostPath(path)).toMatchObject({ reason: expect.stringContaining(reason) })
  })
})
