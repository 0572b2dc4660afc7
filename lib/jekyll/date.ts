import { utc, zonedToUtc, type DateParts } from '../dates'

/**
 * Jekyll-style dates: a front-matter value such as `2016-06-20`, `2016-06-20 10:30`,
 * `2013-05-06 10:00:00 -0700` or ISO 8601, read in the site's time zone unless it names an offset.
 */
const LOOSE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i

export function parseJekyllDate(input: string, timeZone: string): Date | undefined {
  const m = LOOSE.exec(input.trim())
  if (!m) return undefined
  const parts: DateParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  }
  if (!isValidParts(parts)) return undefined
  const offset = m[7]
  if (offset === undefined) return zonedToUtc(parts, timeZone)
  return new Date(utc(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - offsetMinutes(offset) * 60_000)
}

function isValidParts(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false
  const daysInMonth = new Date(utc(p.year, p.month, 0)).getUTCDate()
  return p.day <= daysInMonth
}

function offsetMinutes(offset: string): number {
  if (/^(Z|UTC|GMT)$/i.test(offset)) return 0
  const sign = offset.startsWith('-') ? -1 : 1
  const digits = offset.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
}
