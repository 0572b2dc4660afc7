import { describe, expect, it } from 'vitest'
import { readRubyDate, rubyDate, zoneOffset } from './ruby-time'

const LA = 'America/Los_Angeles'
const iso = (text: string, plain = true, zone = LA) => rubyDate(text, zone, plain)?.toISOString()

// Each expectation was checked against Ruby: TZ=America/Los_Angeles, YAML.load then Time.parse(value.to_s).
describe('rubyDate', () => {
  it('reads an unquoted YAML timestamp with seconds and no zone as UTC, as Psych does', () => {
    expect(iso('2016-07-19 10:30:00')).toBe('2016-07-19T10:30:00.000Z')
  })
  it('reads the same text quoted, or without seconds, in the site zone', () => {
    expect(iso('2016-07-19 10:30:00', false)).toBe('2016-07-19T17:30:00.000Z')
    expect(iso('2016-07-19 10:30')).toBe('2016-07-19T17:30:00.000Z')
  })
  it('honours offsets and zone names', () => {
    expect(iso('2016-07-19 10:30:00 -0700')).toBe('2016-07-19T17:30:00.000Z')
    expect(iso('2016-07-19 10:30:00 PST')).toBe('2016-07-19T18:30:00.000Z')
    expect(iso('2016-07-19 10:30:00 UTC')).toBe('2016-07-19T10:30:00.000Z')
    expect(iso('2016-07-19T10:30:00Z')).toBe('2016-07-19T10:30:00.000Z')
  })
  it('passes over what Ruby passes over after the time: a stray year, a second zone, am/pm', () => {
    expect(iso('2023-01-29 18:30:22 2023 -0800')).toBe('2023-01-30T02:30:22.000Z')
    expect(iso('2016-07-19 10:30:00 +0000 UTC')).toBe('2016-07-19T10:30:00.000Z')
    expect(iso('2016-07-19 10:30 pm')).toBe('2016-07-20T05:30:00.000Z')
  })
  it('reads a bare date as midnight in the site zone', () => {
    expect(iso('2016-07-19')).toBe('2016-07-19T07:00:00.000Z')
    expect(iso('2016-07-19', true, 'UTC')).toBe('2016-07-19T00:00:00.000Z')
  })
  it('reads dates written in words', () => {
    expect(iso('May 28, 2020')).toBe('2020-05-28T07:00:00.000Z')
    expect(iso('28 May 2020 10:00')).toBe('2020-05-28T17:00:00.000Z')
    expect(iso('Thu, 28 May 2020 10:00:00 +0000')).toBe('2020-05-28T10:00:00.000Z')
  })
  it.each(['next tuesday', '2016-02-30', '2016-13-01', 'Smarch 3, 2020', '2016-07-19 10:30 Mars/Olympus'])('refuses %j', (text) => {
    expect(rubyDate(text, LA, true)).toBeUndefined()
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

describe('readRubyDate', () => {
  // Each as `ruby -rtime -e 'p Time.parse(ARGV[0])'` reads it (zone UTC).
  it('passes over words in brackets and trailing words, as Time.parse does, and says so', () => {
    expect(readRubyDate('2020-01-01 (updated)', 'UTC', false)).toEqual({ date: new Date('2020-01-01T00:00:00Z'), exact: false })
    expect(readRubyDate('2020-01-01 10:00 (Europe)', 'UTC', false)?.date.toISOString()).toBe('2020-01-01T10:00:00.000Z')
    expect(readRubyDate('2020-01-01T10:00:00 +0100 (CET)', 'UTC', false)?.date.toISOString()).toBe('2020-01-01T09:00:00.000Z')
  })
  it('is exact for the forms it reads whole, and refuses text with no date', () => {
    expect(readRubyDate('May 28, 2020', 'UTC', false)).toEqual({ date: new Date('2020-05-28T00:00:00Z'), exact: true })
    expect(readRubyDate('(soon)', 'UTC', false)).toBeUndefined()
  })
})
