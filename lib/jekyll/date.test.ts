import { describe, expect, it } from 'vitest'
import { parseJekyllDate, readJekyllDate, zoneOffset } from './date'

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

const read = (text: string, plain = true, zone = LA) => parseJekyllDate(text, zone, plain)?.toISOString()

// Each expectation was checked against Ruby: TZ=America/Los_Angeles, YAML.load then Time.parse(value.to_s).
describe('parseJekyllDate of a YAML value, quoted or not', () => {
  it('reads an unquoted YAML timestamp with seconds and no zone as UTC, as Psych does', () => {
    expect(read('2016-07-19 10:30:00')).toBe('2016-07-19T10:30:00.000Z')
  })
  it('reads the same text quoted, or without seconds, in the site zone', () => {
    expect(read('2016-07-19 10:30:00', false)).toBe('2016-07-19T17:30:00.000Z')
    expect(read('2016-07-19 10:30')).toBe('2016-07-19T17:30:00.000Z')
  })
  it('honours offsets and zone names', () => {
    expect(read('2016-07-19 10:30:00 -0700')).toBe('2016-07-19T17:30:00.000Z')
    expect(read('2016-07-19 10:30:00 PST')).toBe('2016-07-19T18:30:00.000Z')
    expect(read('2016-07-19 10:30:00 UTC')).toBe('2016-07-19T10:30:00.000Z')
    expect(read('2016-07-19T10:30:00Z')).toBe('2016-07-19T10:30:00.000Z')
  })
  it('passes over what Ruby passes over after the time: a stray year, a second zone, am/pm', () => {
    expect(read('2023-01-29 18:30:22 2023 -0800')).toBe('2023-01-30T02:30:22.000Z')
    expect(read('2016-07-19 10:30:00 +0000 UTC')).toBe('2016-07-19T10:30:00.000Z')
    expect(read('2016-07-19 10:30 pm')).toBe('2016-07-20T05:30:00.000Z')
  })
  it('reads a bare date as midnight in the site zone', () => {
    expect(read('2016-07-19')).toBe('2016-07-19T07:00:00.000Z')
    expect(read('2016-07-19', true, 'UTC')).toBe('2016-07-19T00:00:00.000Z')
  })
  it('reads dates written in words', () => {
    expect(read('May 28, 2020')).toBe('2020-05-28T07:00:00.000Z')
    expect(read('28 May 2020 10:00')).toBe('2020-05-28T17:00:00.000Z')
    expect(read('Thu, 28 May 2020 10:00:00 +0000')).toBe('2020-05-28T10:00:00.000Z')
  })
  it.each(['next tuesday', '2016-02-30', '2016-13-01', 'Smarch 3, 2020', '2016-07-19 10:30 Mars/Olympus'])('refuses %j', (text) => {
    expect(parseJekyllDate(text, LA, true)).toBeUndefined()
  })
})

describe('zoneOffset', () => {
  it('reads numeric offsets and names, and refuses what is neither', () => {
    expect(zoneOffset('+05:30')).toBe(330)
    expect(zoneOffset('-0700')).toBe(-420)
    expect(zoneOffset('CEST')).toBe(120)
    expect(zoneOffset('')).toBeUndefined()
    expect(zoneOffset('nowhere')).toBeNull()
  })
})

describe('readJekyllDate', () => {
  // Each as `ruby -rtime -e 'p Time.parse(ARGV[0])'` reads it (zone UTC).
  it('passes over words in brackets and trailing words, as Time.parse does, and says so', () => {
    expect(readJekyllDate('2020-01-01 (updated)', 'UTC', false)).toEqual({ date: new Date('2020-01-01T00:00:00Z'), exact: false })
    expect(readJekyllDate('2020-01-01 10:00 (Europe)', 'UTC', false)?.date.toISOString()).toBe('2020-01-01T10:00:00.000Z')
    expect(readJekyllDate('2020-01-01T10:00:00 +0100 (CET)', 'UTC', false)?.date.toISOString()).toBe('2020-01-01T09:00:00.000Z')
  })
  it('is exact for the forms it reads whole, and refuses text with no date', () => {
    expect(readJekyllDate('May 28, 2020', 'UTC', false)).toEqual({ date: new Date('2020-05-28T00:00:00Z'), exact: true })
    expect(readJekyllDate('(soon)', 'UTC', false)).toBeUndefined()
  })
})
