import { partsInZone, utc } from '../format/dates'
import { slugify } from './slugify'

/** Jekyll's built-in permalink styles (`Configuration::STYLE_TO_PERMALINK`). */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
}

/** What a post's URL is made of, as Jekyll's URL drop sees it. */
export type PermalinkInput = {
  /** The file name without date prefix and extension, or the front matter's `slug:`. */
  slug: string
  /** The file name without extension, date included (`:name`). */
  name?: string
  /** The path below the posts folder without extension (`:path`). */
  path?: string
  date: Date
  timeZone: string
  categories: readonly string[]
  /** `:output_ext`: `.html`, but a post Jekyll does not convert keeps its own extension (`.text`). */
  outputExt?: string
}

/** A permalink style's pattern, or the pattern itself. */
export function permalinkPattern(styleOrPattern: string): string {
  return STYLES[styleOrPattern] ?? styleOrPattern
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * The URL Jekyll gives a post (`Jekyll::URL` with a `UrlDrop`): placeholders replaced, `..` and `./`
 * dropped, doubled slashes squeezed. `.html` endings stay: the export writes such a page as that file.
 */
export function expandPermalink(pattern: string, input: PermalinkInput): string {
  const template = permalinkPattern(pattern)
  const values = placeholders(input)
  const expanded = template.replace(/:([a-z_]+)/g, (_whole, key: string) => {
    const value = values[key] ?? (key.endsWith('_') ? values[key.slice(0, -1)] : undefined)
    if (value === undefined) throw new Error(`unknown permalink placeholder ":${key}" in "${pattern}"`)
    return value
  })
  return ('/' + expanded).replace(/\.\./g, '/').replace(/\.\//g, '').replace(/\/{2,}/g, '/')
}

function placeholders(input: PermalinkInput): Record<string, string> {
  const p = partsInZone(input.date, input.timeZone)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const dayIndex = new Date(utc(p.year, p.month - 1, p.day)).getUTCDay()
  const yDay = Math.floor((utc(p.year, p.month - 1, p.day) - utc(p.year, 0, 1)) / 86_400_000) + 1
  const iso = isoWeek(p.year, p.month, p.day)
  const categories = [...new Set(input.categories.map((c) => c.toLowerCase()))]
  return {
    year: String(p.year).padStart(4, '0'),
    short_year: pad(p.year % 100),
    month: pad(p.month),
    i_month: String(p.month),
    short_month: (MONTH_NAMES[p.month - 1] ?? '').slice(0, 3),
    long_month: MONTH_NAMES[p.month - 1] ?? '',
    day: pad(p.day),
    i_day: String(p.day),
    y_day: pad(yDay, 3),
    hour: pad(p.hour),
    minute: pad(p.minute),
    second: pad(p.second),
    w_year: String(iso.year),
    week: pad(iso.week),
    w_day: String(dayIndex === 0 ? 7 : dayIndex),
    short_day: DAY_NAMES[dayIndex] ?? '',
    long_day: LONG_DAY_NAMES[dayIndex] ?? '',
    title: slugify(input.slug, 'pretty', true),
    slug: slugify(input.slug),
    name: slugify(input.name ?? input.slug),
    path: input.path ?? input.slug,
    categories: categories.join('/'),
    slugified_categories: [...new Set(input.categories.map((c) => slugify(c)))].join('/'),
    collection: 'posts',
    output_ext: input.outputExt ?? '.html',
  }
}

/** ISO 8601 week-numbering year and week (`%G`, `%V`). */
function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(utc(year, month - 1, day))
  const weekday = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const weekYear = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - utc(weekYear, 0, 1)) / 86_400_000 + 1) / 7)
  return { year: weekYear, week }
}

/**
 * Where the export serves a URL: `/a/b/` and `/a/b.html` as they are; an extensionless `/a/b` (which
 * Jekyll writes as `b.html` and hosts serve without the extension) as the folder `/a/b/`.
 */
export function normalizeUrlPath(path: string): string {
  const out = ('/' + path).replace(/\/{2,}/g, '/')
  if (out.endsWith('/') || /\.html?$/i.test(out)) return out.replace(/\/index\.html?$/i, '/')
  if (/\.[a-z0-9]+$/i.test(out.slice(out.lastIndexOf('/')))) return out
  return out + '/'
}
