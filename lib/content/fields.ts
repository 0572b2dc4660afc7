import { ContentError } from './error'
import { parsePostFileName } from '../jekyll/filename'
import { parseJekyllDate } from '../jekyll/date'

/**
 * Front-matter values as Jekyll accepts them, checked and normalised. Each function names the file and
 * field it rejects, so a bad post stops the build with a message that says what to fix.
 */

/** `tags: [a, b]`, `tags: a b` (Jekyll splits on spaces) or absent. */
export function stringList(value: unknown, file: string, field: string): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (typeof item === 'string' && item.trim()) return item.trim()
      if (typeof item === 'number') return String(item)
      throw new ContentError(file, `${field}[${i}]`, `expected text, found ${describe(item)}`, `write each ${field} entry as plain text`)
    })
  }
  throw new ContentError(file, field, `expected a list of text, found ${describe(value)}`, `write ${field}: [first, second]`)
}

/** `author: Name` or `author: [A, B]`; `authors:` is accepted the same way. */
export function authorList(author: unknown, authors: unknown, file: string): string[] {
  if (author !== undefined && authors !== undefined) {
    throw new ContentError(file, 'author', 'both "author" and "authors" are set', 'keep one of them')
  }
  if (authors !== undefined) return stringList(authors, file, 'authors')
  if (author === undefined || author === null) return []
  if (typeof author === 'string') return author.trim() ? [author.trim()] : []
  if (Array.isArray(author)) return stringList(author, file, 'author')
  throw new ContentError(file, 'author', `expected a name or a list of names, found ${describe(author)}`, 'write author: Jane Doe')
}

/** The front-matter `date`, else the file name's `YYYY-MM-DD-` prefix, read in the site's zone. */
export function postDate(value: string | undefined, fileName: string, file: string, timeZone: string): Date {
  if (value !== undefined) {
    const parsed = parseJekyllDate(value, timeZone)
    if (!parsed) {
      throw new ContentError(file, 'date', `"${value}" is not a date`, 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0000')
    }
    return parsed
  }
  const fromName = parsePostFileName(fileName)?.date
  const parsed = fromName === undefined ? undefined : parseJekyllDate(fromName, timeZone)
  if (!parsed) {
    throw new ContentError(file, 'date', 'missing, and the file name has no valid YYYY-MM-DD- prefix', 'add date: YYYY-MM-DD to the front matter or rename the file')
  }
  return parsed
}

/** The slug is the file name without date prefix and extension. */
export function postSlug(fileName: string, file: string): string {
  const parsed = parsePostFileName(fileName)
  if (!parsed) throw new ContentError(file, '(file name)', 'not a Markdown post name', 'name it YYYY-MM-DD-title.md')
  return parsed.slug
}

/** Unpublished when `published: false` or `draft: true`. */
export function isDraft(published: boolean | undefined, draft: boolean | undefined): boolean {
  return published === false || draft === true
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}
