import { describe, expect, it } from 'vitest'
import { groupByYear } from './archive'

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
