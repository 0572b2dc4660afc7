import { describe, expect, it } from 'vitest'
import { formatDate, isoDay, isoInZone, partsInZone, rfc822InZone, siteDate, zonedToUtc } from './dates'
import { site } from '../site'

const LA = 'America/Los_Angeles'
const TOKYO = 'Asia/Tokyo'

describe('zonedToUtc', () => {
  const at = (hour: number, minute: number, day = 13, month = 3) => ({ year: 2016, month, day, hour, minute, second: 0 })

  it('uses standard time before the spring-forward change and daylight time after it', () => {
    expect(zonedToUtc(at(1, 30), LA).toISOString()).toBe('2016-03-13T09:30:00.000Z')
    expect(zonedToUtc(at(3, 30), LA).toISOString()).toBe('2016-03-13T10:30:00.000Z')
  })

  it('picks the earlier instant for a wall-clock time that occurs twice at the fall-back change', () => {
    expect(zonedToUtc(at(1, 30, 6, 11), LA).toISOString()).toBe('2016-11-06T08:30:00.000Z')
    expect(zonedToUtc(at(2, 30, 6, 11), LA).toISOString()).toBe('2016-11-06T10:30:00.000Z')
  })

  it('round-trips through partsInZone in a zone east of UTC', () => {
    const parts = { year: 2016, month: 3, day: 27, hour: 12, minute: 15, second: 9 }
    const instant = zonedToUtc(parts, 'Europe/Berlin')
    expect(instant.toISOString()).toBe('2016-03-27T10:15:09.000Z') // CEST, a few hours after the change
    expect(partsInZone(instant, 'Europe/Berlin')).toEqual(parts)
  })
})

describe('formatDate and isoDay', () => {
  // 03:00 UTC on 20 June is still the evening of 19 June in Los Angeles.
  const lateEveningInLA = new Date('2016-06-20T03:00:00Z')
  // 20:00 UTC on 20 June is already the morning of 21 June in Tokyo.
  const earlyMorningInTokyo = new Date('2016-06-20T20:00:00Z')

  it('prints the day of the site zone, not the UTC day', () => {
    expect(isoDay(lateEveningInLA, LA)).toBe('2016-06-19')
    expect(formatDate(lateEveningInLA, LA, 'en-US')).toBe('June 19, 2016')
    expect(isoDay(earlyMorningInTokyo, TOKYO)).toBe('2016-06-21')
    expect(formatDate(earlyMorningInTokyo, TOKYO, 'en-US')).toBe('June 21, 2016')
  })

  it('prints the UTC day in UTC, zero-padded', () => {
    expect(isoDay(lateEveningInLA, 'UTC')).toBe('2016-06-20')
    expect(isoDay(new Date('2016-01-05T12:00:00Z'), 'UTC')).toBe('2016-01-05')
  })

  it('follows the locale for the wording', () => {
    expect(formatDate(lateEveningInLA, LA, 'de-DE')).toBe('19. Juni 2016')
  })
})

describe('dates written with the site zone offset', () => {
  const summer = new Date('2016-06-20T17:00:00Z')
  const winter = new Date('2016-12-31T20:00:00Z')

  it('writes RFC 3339 with the offset in force on that day', () => {
    expect(isoInZone(summer, 'America/Los_Angeles')).toBe('2016-06-20T10:00:00-07:00')
    expect(isoInZone(winter, 'America/Los_Angeles')).toBe('2016-12-31T12:00:00-08:00')
    expect(isoInZone(winter, 'Asia/Kolkata')).toBe('2017-01-01T01:30:00+05:30')
    expect(isoInZone(summer, 'UTC')).toBe('2016-06-20T17:00:00+00:00')
  })

  it('writes RFC 822 for RSS, weekday and all, in the zone', () => {
    expect(rfc822InZone(summer, 'America/Los_Angeles')).toBe('Mon, 20 Jun 2016 10:00:00 -0700')
    expect(rfc822InZone(winter, 'Asia/Kolkata')).toBe('Sun, 01 Jan 2017 01:30:00 +0530')
  })

  it('names the same instant it was given', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham']) {
      expect(new Date(isoInZone(winter, zone)).getTime()).toBe(winter.getTime())
    }
  })
})

describe('siteDate', () => {
  it("writes a post's day and date text in the site's zone and language", () => {
    const instant = '2016-06-20T03:00:00.000Z'
    expect(siteDate(instant)).toEqual({ day: isoDay(new Date(instant), site.timeZone), text: formatDate(new Date(instant), site.timeZone, site.language) })
  })

  it('does not take the UTC day when the site zone is on another', () => {
    // The site is in Los Angeles: 03:00 UTC on 20 June is the evening of 19 June there.
    expect(site.timeZone).toBe(LA)
    expect(siteDate('2016-06-20T03:00:00.000Z').day).toBe('2016-06-19')
  })
})
