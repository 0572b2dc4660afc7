import { describe, expect, it } from 'vitest'
import { ContentError } from './error'
import { authorList, isDraft, postDate, postSlug, stringList } from './fields'

const FILE = 'posts/2016-06-20-a-post.md'
const LA = 'America/Los_Angeles'

/** Matches a ContentError that names `FILE` and `field`. */
const contentError = (field: string) => expect.objectContaining({ name: 'ContentError', file: FILE, field })

describe('stringList', () => {
  it('keeps a list, trimming its entries and writing numbers as text', () => {
    expect(stringList(['docker', ' aws ', 2016], FILE, 'tags')).toEqual(['docker', 'aws', '2016'])
  })

  it('splits a string on spaces, as Jekyll does', () => {
    expect(stringList('devops  docker\naws', FILE, 'tags')).toEqual(['devops', 'docker', 'aws'])
  })

  it('reads an absent or empty value as no entries', () => {
    expect(stringList(undefined, FILE, 'tags')).toEqual([])
    expect(stringList(null, FILE, 'tags')).toEqual([])
    expect(stringList('', FILE, 'tags')).toEqual([])
  })

  it('names the index of a bad entry', () => {
    expect(() => stringList(['docker', { a: 1 }], FILE, 'tags')).toThrow(contentError('tags[1]'))
    expect(() => stringList(['docker', '   '], FILE, 'tags')).toThrow(contentError('tags[1]'))
    expect(() => stringList([null], FILE, 'categories')).toThrow(contentError('categories[0]'))
  })

  it('rejects a mapping, a number or a boolean, saying what it found', () => {
    expect(() => stringList({ a: 1 }, FILE, 'tags')).toThrow(contentError('tags'))
    expect(() => stringList({ a: 1 }, FILE, 'tags')).toThrow('expected a list of text, found a mapping')
    expect(() => stringList(42, FILE, 'tags')).toThrow('found number 42')
    expect(() => stringList(true, FILE, 'tags')).toThrow(ContentError)
  })
})

describe('authorList', () => {
  it('reads a single name or a list of names', () => {
    expect(authorList(' Dale Ragan ', undefined, FILE)).toEqual(['Dale Ragan'])
    expect(authorList(['Dale Ragan', 'Weiteng Huang'], undefined, FILE)).toEqual(['Dale Ragan', 'Weiteng Huang'])
  })

  it('accepts authors: in place of author:', () => {
    expect(authorList(undefined, ['A', 'B'], FILE)).toEqual(['A', 'B'])
  })

  it('reads no author, an empty one or null as none', () => {
    expect(authorList(undefined, undefined, FILE)).toEqual([])
    expect(authorList('  ', undefined, FILE)).toEqual([])
    expect(authorList(null, undefined, FILE)).toEqual([])
  })

  it('rejects author and authors set together', () => {
    expect(() => authorList('A', ['B'], FILE)).toThrow(contentError('author'))
    expect(() => authorList('A', ['B'], FILE)).toThrow('both "author" and "authors" are set')
  })

  it('rejects a number or a mapping, and a bad entry by its index', () => {
    expect(() => authorList(42, undefined, FILE)).toThrow(contentError('author'))
    expect(() => authorList({ name: 'A' }, undefined, FILE)).toThrow(contentError('author'))
    expect(() => authorList(['A', false], undefined, FILE)).toThrow(contentError('author[1]'))
    expect(authorList(undefined, 'A B', FILE)).toEqual(['A', 'B'])
  })
})

describe('postDate', () => {
  it('prefers the front-matter date over the file name', () => {
    expect(postDate('2016-06-21 09:00', '2016-06-20-a-post.md', FILE, LA).toISOString()).toBe('2016-06-21T16:00:00.000Z')
  })

  it('falls back to the file-name prefix, read in the site zone', () => {
    expect(postDate(undefined, '2016-06-20-a-post.md', FILE, LA).toISOString()).toBe('2016-06-20T07:00:00.000Z')
  })

  it('rejects an unreadable front-matter date, quoting it', () => {
    expect(() => postDate('next tuesday', '2016-06-20-a-post.md', FILE, LA)).toThrow(contentError('date'))
    expect(() => postDate('next tuesday', '2016-06-20-a-post.md', FILE, LA)).toThrow('"next tuesday" is not a date')
  })

  it('rejects a post with neither a date nor a dated file name', () => {
    expect(() => postDate(undefined, 'a-post.md', FILE, LA)).toThrow(contentError('date'))
    expect(() => postDate(undefined, '2016-02-30-a-post.md', FILE, LA)).toThrow(contentError('date'))
  })
})

describe('postSlug', () => {
  it('is the file name without date prefix and extension', () => {
    expect(postSlug('2016-06-20-container-days-in-boston.md', FILE)).toBe('container-days-in-boston')
  })

  it('rejects a name that is not a Markdown post', () => {
    expect(() => postSlug('notes.txt', FILE)).toThrow(contentError('(file name)'))
  })
})

describe('isDraft', () => {
  it('is a draft when published: false or draft: true', () => {
    expect(isDraft(false, undefined)).toBe(true)
    expect(isDraft(undefined, true)).toBe(true)
  })

  it('is published otherwise', () => {
    expect(isDraft(undefined, undefined)).toBe(false)
    expect(isDraft(true, false)).toBe(false)
  })
})
