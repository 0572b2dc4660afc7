import { site } from '../site'

/**
 * Dates in a time zone: the wall clock of an instant in a zone and back, and the ways the site writes a
 * date (pages, feeds, search). Always the site's zone, never the reader's or the build machine's.
 * Reading Jekyll's lenient front-matter dates is lib/jekyll/date.ts.
 */

export type DateParts = { year: number; month: number; day: number; hour: number; minute: number; second: number }

// Making a formatter costs far more than using one, and a build formats thousands of dates in one zone.
const wallClocks = new Map<string, Intl.DateTimeFormat>()
const longDates = new Map<string, Intl.DateTimeFormat>()

function cached(cache: Map<string, Intl.DateTimeFormat>, key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(key)
  if (!format) {
    format = make()
    cache.set(key, format)
  }
  return format
}

/**
 * `Date.UTC` without its two-digit-year rule (it reads years 0–99 as 1900–1999, so `0001` became 1901):
 * the instant at these UTC wall-clock parts for any year from 0 to 9999.
 */
export function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

/** The wall-clock parts of `date` in `timeZone`. */
export function partsInZone(date: Date, timeZone: string): DateParts {
  const fmt = cached(wallClocks, timeZone, () =>
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
  )
  const parts = fmt.formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** The instant at which the wall clock in `timeZone` shows `parts` (the earlier one across a DST fold). */
export function zonedToUtc(parts: DateParts, timeZone: string): Date {
  const asUtc = utc(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  let guess = asUtc
  // Two passes settle the zone offset, including instants next to a DST change.
  for (let i = 0; i < 2; i++) {
    const shown = partsInZone(new Date(guess), timeZone)
    const shownAsUtc = utc(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second)
    guess += asUtc - shownAsUtc
  }
  return new Date(guess)
}

/** `June 20, 2016` style, in the site's zone and language. */
export function formatDate(date: Date, timeZone: string, locale: string): string {
  return cached(longDates, `${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric' })).format(date)
}

/** `YYYY-MM-DD` in the site's zone, for `<time datetime>`. */
export function isoDay(date: Date, timeZone: string): string {
  const p = partsInZone(date, timeZone)
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** Minutes the zone is ahead of UTC at `date` (negative west of Greenwich). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = partsInZone(date, timeZone)
  const wall = utc(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`
}

/** RFC 3339 with the zone's offset: `2016-06-20T00:00:00-07:00`. */
export function isoInZone(date: Date, timeZone: string): string {
  const p = partsInZone(date, timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetText(zoneOffsetMinutes(date, timeZone), ':')}`
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** RFC 822 (as RSS wants) with the zone's offset: `Mon, 20 Jun 2016 00:00:00 -0700`. */
export function rfc822InZone(date: Date, timeZone: string): string {
  const p = partsInZone(date, timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const weekday = DAYS[new Date(utc(p.year, p.month - 1, p.day)).getUTCDay()]
  return `${weekday}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${offsetText(zoneOffsetMinutes(date, timeZone), '')}`
}

/** A post date (an ISO instant) as pages and search show it: `<time datetime>` day and text, in the site's zone. */
export function siteDate(instant: string): { day: string; text: string } {
  const date = new Date(instant)
  return { day: isoDay(date, site.timeZone), text: formatDate(date, site.timeZone, site.language) }
}
