import { utc } from '../format/dates'

/**
 * Where Jekyll finds posts, and what their paths mean. A post lives below a `_posts` folder (or, in
 * Pressroom, below `content/posts/`, which stands for one). Folders above a `_posts` segment are
 * categories (`engineering/_posts/x.md`); folders below it are only for tidiness and never categories.
 */

/** Jekyll's `Document::DATE_FILENAME_MATCHER`: a date, a hyphen, a slug, an extension. */
const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/

/** Extensions Jekyll's kramdown converter reads as Markdown (its `markdown_ext`), plus HTML posts. */
export const POST_FILE_EXTENSIONS = ['.md', '.markdown', '.mkdown', '.mkdn', '.mkd', '.mdown', '.html'] as const

export type PostPath = {
  /** The path as Jekyll reports it (`_posts/2016/x.md`, `engineering/_posts/x.md`). */
  jekyllPath: string
  categories: string[]
  /** The `YYYY-MM-DD` of the file name, zero-padded. */
  date: string
  /** The file name without date and extension, trailing periods dropped (Jekyll's `slug`). */
  slug: string
  /** The file name without extension (`:name`). */
  name: string
  ext: string
}

export type NotAPost = { reason: string }

/** Reads a path relative to the posts folder; says why when Jekyll would not publish it as a post. */
export function readPostPath(relative: string): PostPath | NotAPost {
  const segments = relative.split('/')
  const at = segments.lastIndexOf('_posts')
  const above = at === -1 ? [] : segments.slice(0, at)
  const below = at === -1 ? segments : segments.slice(at + 1)
  const special = below.find((segment) => /^[._#~]/.test(segment) || segment.endsWith('~'))
  if (special !== undefined) return { reason: `"${special}" starts with ${special.charAt(0)}, which Jekyll skips` }
  const m = DATE_FILENAME.exec(below.join('/'))
  if (!m) return { reason: 'the file name does not start with a date (YYYY-MM-DD-title.md), so Jekyll does not read it as a post' }
  const [, date = '', rawSlug = '', ext = ''] = m
  if (!POST_FILE_EXTENSIONS.some((e) => e === ext.toLowerCase())) return { reason: `"${ext}" is not a Markdown or HTML extension` }
  const [y = '', mo = '', d = ''] = date.split('-')
  // Ruby reads a two-digit year as 1969–2068 (Date._parse's completion), as Jekyll reads the name.
  const year = y.length === 2 ? twoDigitYear(Number(y)) : Number(y)
  const padded = `${String(year).padStart(4, '0')}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > new Date(utc(year, month, 0)).getUTCDate()) {
    return { reason: `"${date}" in the file name is not a valid date` }
  }
  const fileName = below[below.length - 1] ?? ''
  return {
    jekyllPath: [...above, '_posts', ...below].join('/'),
    categories: above.filter((c) => c !== ''),
    date: padded,
    slug: rawSlug.replace(/\.+$/, ''),
    name: fileName.slice(0, fileName.length - ext.length),
    ext,
  }
}

function twoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy
}

/**
 * The date Ruby's `Time.parse` gives a file-name date the strict reading refuses: a day up to 31 past the end of
 * its month runs into the next (`2020-02-30` is 1 March), as Jekyll dates such a post. Undefined when Ruby refuses it too.
 */
export function rubyFileDate(date: string): string | undefined {
  const m = /^(\d{2,4})-(\d{1,2})-(\d{1,2})$/.exec(date)
  if (!m) return undefined
  const [, y = '', mo = '', d = ''] = m
  const year = y.length === 2 ? twoDigitYear(Number(y)) : Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const at = new Date(utc(year, month - 1, day))
  return `${String(at.getUTCFullYear()).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`
}

export function isPostPath(value: PostPath | NotAPost): value is PostPath {
  return 'jekyllPath' in value
}
