import { describe, expect, it } from 'vitest'
import { isoDay, utc } from '../format/dates'
import { parseJekyllDate } from './date'
import { expandPermalink } from './permalink'

describe('dates at any year Jekyll accepts', () => {
  it('reads year 0001 as year 1, not 1901', () => {
    const date = parseJekyllDate('0001-01-01 12:00 +0000', 'UTC')
    expect(date?.toISOString()).toBe('0001-01-01T12:00:00.000Z')
    expect(date && isoDay(date, 'UTC')).toBe('0001-01-01')
  })

  it('reads year 0099 in a zone as year 99', () => {
    expect(parseJekyllDate('0099-06-15', 'America/Los_Angeles')?.getUTCFullYear()).toBe(99)
  })

  it('reads 9999-12-31 in a zone west of UTC as an instant after every earlier date', () => {
    const late = parseJekyllDate('9999-12-31', 'America/Los_Angeles')
    const now = parseJekyllDate('2016-06-20', 'America/Los_Angeles')
    expect(late && now && late.getTime() > now.getTime()).toBe(true)
    expect(late && isoDay(late, 'America/Los_Angeles')).toBe('9999-12-31')
  })

  it('puts a four-digit year in the permalink', () => {
    const date = parseJekyllDate('0001-02-03', 'UTC')
    expect(date && expandPermalink('/:year/:month/:day/:title/', { slug: 'x', date, timeZone: 'UTC', categories: [] })).toBe('/0001/02/03/x/')
  })

  it('utc() agrees with Date.UTC from year 100 on, and does not shift years below it', () => {
    expect(utc(2016, 5, 20, 7)).toBe(Date.UTC(2016, 5, 20, 7))
    expect(new Date(utc(42, 0)).getUTCFullYear()).toBe(42)
  })
})
