import { describe, expect, it } from 'vitest'
import { groupByYear, yearCounts, yearFromParam } from './archive'

const post = (slug: string, date: string) => ({ slug, date })

describe('groupByYear', () => {
  it('groups by year, newest year first, keeping the order inside a year', () => {
    const posts = [post('c', '2018-03-01T12:00:00Z'), post('b', '2016-09-01T12:00:00Z'), post('a', '2016-02-01T12:00:00Z'), post('d', '2017-05-01T12:00:00Z')]
    expect(groupByYear(posts, 'UTC').map((g) => [g.year, g.posts.map((p) => p.slug)])).toEqual([
      [2018, ['c']],
      [2017, ['d']],
      [2016, ['b', 'a']],
    ])
  })

  it("takes the year from the site's zone, not UTC", () => {
    // 2016-12-31 20:00 in Los Angeles is already 2017-01-01 04:00 in UTC.
    const newYearsEve = post('eve', '2017-01-01T04:00:00.000Z')
    expect(groupByYear([newYearsEve], 'America/Los_Angeles')).toEqual([{ year: 2016, posts: [newYearsEve] }])
    expect(groupByYear([newYearsEve], 'UTC')).toEqual([{ year: 2017, posts: [newYearsEve] }])
  })

  it('is empty without posts', () => {
    expect(groupByYear([], 'UTC')).toEqual([])
  })
})

describe('yearCounts', () => {
  it("counts each year's posts, keeping the newest-first order of the groups", () => {
    const posts = [post('c', '2018-03-01T12:00:00Z'), post('b', '2016-09-01T12:00:00Z'), post('a', '2016-02-01T12:00:00Z')]
    expect(yearCounts(groupByYear(posts, 'UTC'))).toEqual([
      { year: 2018, count: 1 },
      { year: 2016, count: 2 },
    ])
  })

  it('lists no year without posts', () => {
    expect(yearCounts(groupByYear([post('a', '2016-02-01T12:00:00Z')], 'UTC')).map((y) => y.year)).not.toContain(2017)
    expect(yearCounts([])).toEqual([])
  })
})

describe('yearFromParam', () => {
  it('reads the years the site writes', () => {
    expect(yearFromParam('2016')).toBe(2016)
    expect(yearFromParam('1')).toBe(1)
  })

  it('refuses padded, signed or fractional years and words', () => {
    for (const param of ['02016', '-2016', '2016.0', '20160', '', 'latest']) expect(yearFromParam(param), param).toBeUndefined()
  })
})
