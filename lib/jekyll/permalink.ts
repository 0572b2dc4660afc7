import { partsInZone } from '../dates'

/** Jekyll's built-in permalink styles. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title.html',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title.html',
  none: '/:categories/:title.html',
}

export type PermalinkInput = {
  slug: string
  date: Date
  timeZone: string
  categories: readonly string[]
}

/**
 * Expands a Jekyll permalink pattern into a site-relative URL. Static export serves folders, so
 * `.html` endings become trailing slashes: `/2016/06/20/post.html` is published as `/2016/06/20/post/`.
 */
export function expandPermalink(pattern: string, input: PermalinkInput): string {
  const template = STYLES[pattern] ?? pattern
  const p = partsInZone(input.date, input.timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const startOfYear = Date.UTC(p.year, 0, 1)
  const yDay = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - startOfYear) / 86_400_000) + 1
  const values: Record<string, string> = {
    year: String(p.year),
    short_year: pad(p.year % 100),
    month: pad(p.month),
    i_month: String(p.month),
    day: pad(p.day),
    i_day: String(p.day),
    y_day: String(yDay).padStart(3, '0'),
    hour: pad(p.hour),
    minute: pad(p.minute),
    second: pad(p.second),
    title: input.slug,
    slug: input.slug,
    categories: input.categories.map(slugifySegment).join('/'),
  }
  const expanded = template.replace(/:([a-z_]+)/g, (_whole, key: string) => {
    const value = values[key]
    if (value === undefined) throw new Error(`unknown permalink placeholder ":${key}" in "${pattern}"`)
    return value
  })
  return normalizeUrlPath(expanded)
}

/** Collapses doubled slashes (an empty `:categories`), and publishes every URL as a folder. */
export function normalizeUrlPath(path: string): string {
  let out = ('/' + path).replace(/\/{2,}/g, '/')
  out = out.replace(/(?:\/index)?\.html?$/i, '/')
  if (!out.endsWith('/')) out += '/'
  return out
}

function slugifySegment(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-')
}
