import { ContentError } from './error'
import { RESERVED_PATHS, RESERVED_PREFIXES } from '../urls/routes'

const RESERVED_EXACT: ReadonlySet<string> = new Set(RESERVED_PATHS)

/** The page that already owns `url`, or undefined when a post may have it. */
export function reservedBy(url: string): string | undefined {
  // `/feed.xml` (a file, as Jekyll writes it) takes the same path as `/feed.xml/`.
  const lower = url.toLowerCase().replace(/([^/])$/, '$1/')
  if (RESERVED_EXACT.has(lower)) return lower === '/' ? 'the home page' : `the site's ${lower.slice(1, -1)}`
  const prefix = RESERVED_PREFIXES.find((p) => lower.startsWith(p))
  return prefix === undefined ? undefined : `the site's ${prefix} pages`
}

/** Characters a URL path cannot hold as written, or that the static export cannot write as a folder. */
const BAD_CHARACTERS = /[\u0000-\u0020\u007f?#%\\"'<>`{}|^[\]]/u

/**
 * Characters Jekyll keeps in a URL (escaped: `category: Data Science` gives `/data%20science/…`) that the static
 * export cannot write as a folder or a link as written: spaces, quotes and brackets.
 */
const UNEXPORTABLE = /[\u0000-\u0020\u007f"'<>`{}|^[\]\\]+/gu

/**
 * Where a post is exported when Jekyll's own URL cannot be (runs of such characters become one `-`), and
 * Jekyll's URL, which then gets a copy of the page (scripts/jekyll-pages.ts), so old links still land on it.
 */
export function exportableUrl(jekyllUrl: string): { url: string; jekyllUrl: string | undefined } {
  const url = jekyllUrl.replace(UNEXPORTABLE, '-')
  return url === jekyllUrl ? { url, jekyllUrl: undefined } : { url, jekyllUrl }
}

/**
 * Checks an expanded post URL: no `.` or `..` segment (the page would be written outside its folder, or
 * over another), no character that ends or escapes a path, and no URL a site page already has.
 */
export function checkPostUrl(url: string, file: string, field: string): string {
  const fix = 'give the post a permalink such as /:year/:month/:title/, with letters, digits and - _ . between slashes'
  const segments = url.split('/').slice(1, -1)
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new ContentError(file, field, `URL ${url} has a "." or ".." segment`, fix)
  }
  const bad = BAD_CHARACTERS.exec(url)
  if (bad) throw new ContentError(file, field, `URL ${JSON.stringify(url)} holds ${JSON.stringify(bad[0])}`, fix)
  const owner = reservedBy(url)
  if (owner !== undefined) throw new ContentError(file, field, `URL ${url} belongs to ${owner}`, fix)
  // Browsers and crawlers ask the root for files by name (/favicon.ico, /robots.txt, /ads.txt): the export
  // would answer with a folder of that name holding the post, never the file. Deeper names stay folders.
  if (/^\/[^/]+\.[a-z0-9]+$/i.test(url) && !/\.html?$/i.test(url)) {
    throw new ContentError(file, field, `URL ${url} is a file name at the site's root, which the export can only write as a folder`, 'end the permalink with / or .html, e.g. /favicon/')
  }
  return url
}

/** `title: ""` and `title:` (null) reach here as empty: a post needs a title to be listed and found. */
export function checkTitle(title: unknown, file: string): void {
  if (typeof title !== 'string' || title.trim() === '') {
    throw new ContentError(file, 'title', 'is empty', 'write a title, e.g. title: "Container Days in Boston"')
  }
  // Zero-width spaces, joiners, marks and the like show nothing: such a title is a blank link in every listing.
  if (title.replace(/[\s\p{Default_Ignorable_Code_Point}\p{Cc}]/gu, '') === '') {
    throw new ContentError(file, 'title', 'holds only invisible characters (zero-width spaces, joiners or controls)', 'write a title a reader can see')
  }
}
