import { utc, zonedToUtc, type DateParts } from '../format/dates'

/**
 * Dates as Jekyll reads them. A front-matter `date` reaches Jekyll through Ruby's YAML (Psych), then
 * `Time.parse(value.to_s)` in the site's zone. Two readings follow from that:
 * - an unquoted YAML timestamp with seconds and no zone (`2016-07-19 10:30:00`) is UTC to Psych;
 * - everything else is a string to `Time.parse`: read in the site's zone unless it names an offset or a
 *   zone (`-0700`, `UTC`, `PST`), and written loosely (`May 28, 2020`, `Thu, 28 May 2020 10:00:00 +0000`).
 */

/** Psych's timestamp (YAML 1.1) with a time of day. */
const PSYCH_TIMESTAMP = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/

/** Zone abbreviations Ruby's `Time.parse` knows, in minutes east of UTC (the common ones). */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, ut: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
  bst: 60, cet: 60, cest: 120, met: 60, mest: 120, west: 60, eet: 120, eest: 180,
  ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660, acst: 570, awst: 480, nzst: 720, nzdt: 780,
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

type Found = { parts: DateParts; offset: number | undefined }

/**
 * `value` as Jekyll's date, or undefined when Ruby would refuse it: the one reader for every front-matter date
 * (`date`, `last_modified_at`) and the file name's. `plainYaml`: the YAML scalar was unquoted.
 */
export function parseJekyllDate(value: string, timeZone: string, plainYaml = false): Date | undefined {
  const text = value.trim()
  const found = readTimeOfDay(text) ?? readWords(text)
  if (found && plainYaml && found.offset === undefined && PSYCH_TIMESTAMP.test(text)) return toInstant({ ...found, offset: 0 }, timeZone)
  return found && toInstant(found, timeZone)
}
/**
 * Ruby's `Time.parse` also passes over text it does not know (`2019-03-01 (updated in May)`, `May 28, 2020
 * at noon`): the date is read from the start of the value, skipping bracketed words and then trailing words.
 * `exact` is false when some text was passed over; the import then writes the date in the strict form.
 */
export function readJekyllDate(value: string, timeZone: string, plainYaml: boolean): { date: Date; exact: boolean } | undefined {
  const exact = parseJekyllDate(value, timeZone, plainYaml)
  if (exact) return { date: exact, exact: true }
  const words = value.replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, ' ').trim().split(/\s+/)
  for (let n = words.length; n > 0; n--) {
    const date = parseJekyllDate(words.slice(0, n).join(' ').replace(/[,;:]$/, ''), timeZone)
    if (date) return { date, exact: false }
  }
  return undefined
}

function toInstant(found: Found, timeZone: string): Date | undefined {
  const p = found.parts
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 60) return undefined
  if (p.day > new Date(utc(p.year, p.month, 0)).getUTCDate()) return undefined
  if (found.offset === undefined) return zonedToUtc(p, timeZone)
  return new Date(utc(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - found.offset * 60_000)
}

const NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/

/** `2016-07-19`, `2016-07-19 10:30`, `2016-07-19T10:30:00.5+02:00`, `2016/07/19 10:30 PST`. */
function readTimeOfDay(text: string): Found | undefined {
  const m = NUMERIC.exec(text)
  if (!m) return undefined
  // Ruby's parser is lenient after the time: a stray year or a second zone word is passed over.
  const tokens = (m[7] ?? '').split(/\s+/).filter(Boolean)
  let hour = Number(m[4] ?? 0)
  const meridian = tokens.find((t) => /^[ap]\.?m\.?$/i.test(t))?.charAt(0).toLowerCase()
  if (meridian === 'p' && hour < 12) hour += 12
  if (meridian === 'a' && hour === 12) hour = 0
  const zones = tokens.filter((t) => !/^\d{4}$/.test(t) && !/^[ap]\.?m\.?$/i.test(t))
  const offset = zones.length === 0 ? undefined : zoneOffset(zones[0] ?? '')
  if (offset === null) return undefined
  return { parts: parts(m[1], m[2], m[3], String(hour), m[5], m[6]), offset }
}

const WORDS =
  /^(?:[a-z]+,?\s+)?(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}))(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(.*)$/i

/** `May 28, 2020`, `28 May 2020 10:00`, `Thu, 28 May 2020 10:00:00 +0000`. */
function readWords(text: string): Found | undefined {
  const m = WORDS.exec(text)
  if (!m) return undefined
  const monthName = (m[1] ?? m[5] ?? '').toLowerCase().slice(0, 3)
  const month = MONTHS.indexOf(monthName) + 1
  if (month === 0) return undefined
  const offset = zoneOffset(m[11] ?? '')
  if (offset === null) return undefined
  let hour = Number(m[7] ?? 0)
  const meridian = m[10]?.toLowerCase()
  if (meridian === 'pm' && hour < 12) hour += 12
  if (meridian === 'am' && hour === 12) hour = 0
  const found = parts(m[3] ?? m[6], String(month), m[2] ?? m[4], String(hour), m[8], m[9])
  return { parts: found, offset }
}

/** Minutes east of UTC; undefined for no zone (the site's); null for text Ruby would not read as a zone. */
export function zoneOffset(text: string): number | undefined | null {
  const zone = text.trim()
  if (zone === '') return undefined
  const numeric = /^(?:utc|gmt)?([-+])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0)
    return numeric[1] === '-' ? -minutes : minutes
  }
  const named = ZONES[zone.toLowerCase()]
  return named ?? null
}

function parts(y?: string, mo?: string, d?: string, h?: string, mi?: string, s?: string): DateParts {
  return { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0) }
}
