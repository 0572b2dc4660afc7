import { describe, expect, it } from 'vitest'
import { expandPermalink, normalizeUrlPath, type PermalinkInput } from './permalink'

const post = (overrides: Partial<PermalinkInput> = {}): PermalinkInput => ({
  slug: 'container-days-in-boston',
  date: new Date('2016-06-20T07:00:00Z'), // midnight, 20 June, in Los Angeles
  timeZone: 'America/Los_Angeles',
  categories: [],
  ...overrides,
})

describe('expandPermalink', () => {
  it('expands a pattern with the date in the site zone', () => {
    expect(expandPermalink('/:year/:month/:day/:title/', post())).toBe('/2016/06/20/container-days-in-boston/')
  })

  it('takes the day from the site zone when UTC is already on the next day', () => {
    const lateEvening = post({ date: new Date('2016-06-21T05:00:00Z') }) // 22:00 on the 20th in Los Angeles
    expect(expandPermalink('/:year/:month/:day/:title/', lateEvening)).toBe('/2016/06/20/container-days-in-boston/')
    expect(expandPermalink('/:year/:month/:day/:title/', { ...lateEvening, timeZone: 'UTC' })).toBe('/2016/06/21/container-days-in-boston/')
  })

  it('expands the named styles as Jekyll does, .html endings kept', () => {
    expect(expandPermalink('date', post())).toBe('/2016/06/20/container-days-in-boston.html')
    expect(expandPermalink('pretty', post())).toBe('/2016/06/20/container-days-in-boston/')
    expect(expandPermalink('none', post())).toBe('/container-days-in-boston.html')
    expect(expandPermalink('ordinal', post())).toBe('/2016/172/container-days-in-boston.html')
    expect(expandPermalink('weekdate', post())).toBe('/2016/W25/Mon/container-days-in-boston.html')
  })

  it('puts categories first, lower-cased but not slugified, once each', () => {
    const withCategories = post({ categories: ['Engineering', 'Dev Ops', 'engineering'] })
    expect(expandPermalink('pretty', withCategories)).toBe('/engineering/dev ops/2016/06/20/container-days-in-boston/')
    expect(expandPermalink('/:slugified_categories/:title/', withCategories)).toBe('/engineering/dev-ops/container-days-in-boston/')
  })

  it('squeezes the slashes an empty :categories leaves behind', () => {
    expect(expandPermalink('/blog/:categories/:title/', post())).toBe('/blog/container-days-in-boston/')
  })

  it('keeps the case of :title and lower-cases :slug', () => {
    const cased = post({ slug: 'Hello World.v2' })
    expect(expandPermalink('/:title/', cased)).toBe('/Hello-World.v2/')
    expect(expandPermalink('/:slug/', cased)).toBe('/hello-world-v2/')
  })

  it('expands the numeric placeholders', () => {
    const date = new Date('2009-03-04T13:05:09Z')
    const url = expandPermalink('/:short_year/:i_month/:i_day/:hour-:minute-:second/:y_day/:slug', post({ date, timeZone: 'UTC' }))
    expect(url).toBe('/09/3/4/13-05-09/063/container-days-in-boston')
  })

  it('reads the ISO week across a year boundary', () => {
    expect(expandPermalink('/:w_year/:week/:w_day/', post({ date: new Date('2021-01-01T12:00:00Z'), timeZone: 'UTC' }))).toBe('/2020/53/5/')
  })

  it('keeps a fixed permalink as it is', () => {
    expect(expandPermalink('/about.html', post())).toBe('/about.html')
    expect(expandPermalink('/news/2016/launch/', post())).toBe('/news/2016/launch/')
  })

  it('drops .. as Jekyll sanitises a URL', () => {
    expect(expandPermalink('/../:title/', post())).toBe('/container-days-in-boston/')
  })

  it('throws on an unknown placeholder, naming it and the pattern', () => {
    expect(() => expandPermalink('/:year/:titel/', post())).toThrow('unknown permalink placeholder ":titel" in "/:year/:titel/"')
  })
})

describe('normalizeUrlPath', () => {
  it.each([
    ['a/b', '/a/b/'],
    ['/a//b', '/a/b/'],
    ['/a/b.html', '/a/b.html'],
    ['/a/index.html', '/a/'],
    ['/', '/'],
    ['/a/b/', '/a/b/'],
    ['/feed.xml', '/feed.xml'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrlPath(input)).toBe(expected)
  })
})
