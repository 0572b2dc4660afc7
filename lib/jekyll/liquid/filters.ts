import type { Liquid } from 'liquidjs'

export type FilterSettings = {
  /** `site.url`, for `absolute_url`. */
  url: string
  /** `site.baseurl` as posts see it: '' (the base path is added when a page renders). */
  baseurl: string
  /** Markdown to HTML, as the site renders it (the `markdownify` filter). */
  markdownify: (markdown: string) => Promise<string>
  /** kramdown's typographic quotes and dashes over plain text (the `smartify` filter). */
  smartify: (text: string) => string
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i

/** Jekyll's `relative_url`: the base URL and a leading slash before a site path; absolute URLs untouched. */
export function relativeUrl(input: unknown, baseurl: string): string {
  if (input === undefined || input === null) return ''
  const value = String(input)
  if (ABSOLUTE.test(value) || value.startsWith('//')) return value
  const base = baseurl === '' ? '' : '/' + baseurl.replace(/^\/+|\/+$/g, '')
  const path = value.startsWith('/') ? value : '/' + value
  return base + path
}

/** Jekyll's `absolute_url`: the site's URL before `relative_url`'s result. */
export function absoluteUrl(input: unknown, url: string, baseurl: string): string {
  if (input === undefined || input === null) return ''
  const value = String(input)
  if (ABSOLUTE.test(value) || value.startsWith('//')) return value
  return url.replace(/\/+$/, '') + relativeUrl(value, baseurl)
}

/**
 * The filters Jekyll adds to Liquid that liquidjs lacks. Most of Jekyll's (`date_to_xmlschema`, `where`,
 * `where_exp`, `group_by`, `jsonify`, `slugify`, `xml_escape`, `cgi_escape`, `number_of_words`, …) are
 * liquidjs built-ins already, written to Jekyll's rules.
 */
export function registerJekyllFilters(liquid: Liquid, settings: FilterSettings): void {
  liquid.registerFilter('relative_url', (input: unknown) => relativeUrl(input, settings.baseurl))
  liquid.registerFilter('absolute_url', (input: unknown) => absoluteUrl(input, settings.url, settings.baseurl))
  liquid.registerFilter('markdownify', (input: unknown) => settings.markdownify(input === undefined || input === null ? '' : String(input)))
  liquid.registerFilter('smartify', (input: unknown) => settings.smartify(input === undefined || input === null ? '' : String(input)))
  // Jekyll's `sort` puts items without the property first unless told `"last"`; liquidjs drops that argument.
  liquid.registerFilter('sort', (input: unknown, property?: unknown, nils?: unknown) => sortLikeJekyll(input, property, nils))
}

export function sortLikeJekyll(input: unknown, property?: unknown, nils?: unknown): unknown[] {
  if (!Array.isArray(input)) return input === undefined || input === null ? [] : [input]
  const items = [...input]
  const key = (item: unknown): unknown => {
    if (typeof property !== 'string') return item
    if (typeof item === 'object' && item !== null && property in item) return Reflect.get(item, property)
    return undefined
  }
  const nilsLast = nils === 'last'
  return items.sort((a, b) => {
    const x = key(a)
    const y = key(b)
    const xNil = x === undefined || x === null
    const yNil = y === undefined || y === null
    if (xNil || yNil) return xNil && yNil ? 0 : xNil === nilsLast ? 1 : -1
    return compare(x, y)
  })
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime()
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}
