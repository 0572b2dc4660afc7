import { describe, expect, it } from 'vitest'
import { parseJekyllDate } from './date'

const LA = 'America/Los_Angeles'
const TOKYO = 'Asia/Tokyo'

const iso = (input: string, zone: string) => parseJekyllDate(input, zone)?.toISOString()

describe('parseJekyllDate', () => {
  it('reads a bare date as midnight in the site zone, summer and winter alike', () => {
    expect(iso('2016-06-20', LA)).toBe('2016-06-20T07:00:00.000Z') // PDT, UTC-7
    expect(iso('2016-01-15', LA)).toBe('2016-01-15T08:00:00.000Z') // PST, UTC-8
  })

  it('reads a bare date on either side of a DST change with that day’s offset', () => {
    expect(iso('2016-03-13', LA)).toBe('2016-03-13T08:00:00.000Z')
    expect(iso('2016-03-14', LA)).toBe('2016-03-14T07:00:00.000Z')
  })

  it('reads a bare date in a zone east of UTC as the previous UTC day', () => {
    expect(iso('2016-06-20', TOKYO)).toBe('2016-06-19T15:00:00.000Z')
  })

  it('reads a time of day, with or without seconds, in the site zone', () => {
    expect(iso('2016-06-20 10:30', LA)).toBe('2016-06-20T17:30:00.000Z')
    expect(iso('2016-06-20 10:30:15', LA)).toBe('2016-06-20T17:30:15.000Z')
    expect(iso('2016-6-2 9:05', LA)).toBe('2016-06-02T16:05:00.000Z')
  })

  it('honours an explicit offset whatever the site zone', () => {
    expect(iso('2013-05-06 10:00:00 -0700', TOKYO)).toBe('2013-05-06T17:00:00.000Z')
    expect(iso('2016-06-20 10:00 +05:30', LA)).toBe('2016-06-20T04:30:00.000Z')
    expect(iso('2016-06-20 10:00:00Z', TOKYO)).toBe('2016-06-20T10:00:00.000Z')
    expect(iso('2016-06-20 10:00:00 UTC', LA)).toBe('2016-06-20T10:00:00.000Z')
  })

  it('reads ISO 8601 with a T, with and without an offset', () => {
    expect(iso('2016-06-20T10:00:00Z', LA)).toBe('2016-06-20T10:00:00.000Z')
    expect(iso('2016-06-20T10:00:00+02:00', LA)).toBe('2016-06-20T08:00:00.000Z')
    expect(iso('2016-06-20T10:00', LA)).toBe('2016-06-20T17:00:00.000Z')
  })

  it('ignores surrounding whitespace', () => {
    expect(iso('  2016-06-20\n', LA)).toBe('2016-06-20T07:00:00.000Z')
  })

  it('accepts 29 February in a leap year only', () => {
    expect(iso('2016-02-29', LA)).toBe('2016-02-29T08:00:00.000Z')
    expect(parseJekyllDate('2015-02-29', LA)).toBeUndefined()
  })

  it.each(['2016-02-30', '2016-04-31', '2016-13-01', '2016-00-10', '2016-06-00', '2016-06-20 24:00', '2016-06-20 10:60'])(
    'rejects the impossible date %s',
    (input) => {
      expect(parseJekyllDate(input, LA)).toBeUndefined()
    },
  )

  // The one date reader: what Ruby's Time.parse reads here (TZ=America/Los_Angeles ruby -rtime), last_modified_at too.
  it('reads the forms Time.parse reads, as date: is read', () => {
    expect(iso('June 20, 2016', LA)).toBe('2016-06-20T07:00:00.000Z')
    expect(iso('2016/06/20', LA)).toBe('2016-06-20T07:00:00.000Z')
    expect(iso('2016-06-20 10:00 PST', LA)).toBe('2016-06-20T18:00:00.000Z')
  })

  it.each(['next tuesday', '', '20-06-2016', '2016-06-20x'])(
    'rejects the unreadable value %j',
    (input) => {
      expect(parseJekyllDate(input, LA)).toBeUndefined()
    },
  )
})
