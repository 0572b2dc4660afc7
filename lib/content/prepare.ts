import { ContentError } from './error'
import { deepMerge, defaultsFor } from '../jekyll/defaults'
import { jekyllPublished } from '../jekyll/published'
import { splitFrontMatter } from '../jekyll/front-matter'
import { RESOLVED_KEY } from '../jekyll/keys'
import { expandPermalink, normalizeUrlPath } from '../jekyll/permalink'
import { isPostPath, readPostPath } from '../jekyll/post-path'
import { parseJekyllDate } from '../jekyll/date'
import { parseRubyYaml, YamlError } from '../jekyll/ruby-yaml'
import { titleizeSlug } from '../jekyll/slugify'
import type { SiteConfig } from '../site'

/**
 * A post as Jekyll reads it, handed to Contentlayer in a form any YAML parser reads the same way. The
 * author's file stays as it is in `content/posts/`; this writes its twin into `.content/posts/`: front
 * matter read as Ruby reads it, `defaults` applied, and the date, title, categories, tags and URL
 * resolved as Jekyll resolves them (under the `pressroom` key). The body is passed through untouched,
 * and the front matter keeps its line count, so line numbers in errors still match the author's file.
 */

/** Front-matter keys Contentlayer gives a meaning of its own (its type field, the body, its ids). */
export const CONTENTLAYER_KEYS = ['type', 'body', '_id', '_raw'] as const

export type PreparedPost = {
  kind: 'post'
  /** Path for Contentlayer, relative to its content folder (`posts/…md`). */
  outPath: string
  text: string
  url: string
  draft: boolean
  /** The front matter handed to Contentlayer (the JSON in `text`), for checks that run before it. */
  data: Record<string, unknown>
}
export type SkippedFile = { kind: 'skipped'; reason: string }

export type PrepareInput = {
  /** Relative to `content/`: `posts/2016/2016-06-20-x.md`, `drafts/x.md`. */
  file: string
  source: string
  site: Pick<SiteConfig, 'timeZone' | 'permalink' | 'defaults' | 'future'>
  /** The build's time, for Jekyll's `future: false`. */
  now: Date
  /** A draft's file time, its date when the front matter gives none (as in Jekyll). */
  mtime?: Date
  /** `:output_ext` when it is not `.html` (the import's view of a post Jekyll does not convert). */
  outputExt?: string
  /** The path `defaults` scopes match, when not the file's own (the import's view of a post under its old name). */
  defaultsPath?: string
}

export type Resolved = { url: string; source: string; draft: boolean; date: string }

export function preparePost(input: PrepareInput): PreparedPost | SkippedFile {
  const { file, site } = input
  const isDraftFile = file.startsWith('drafts/')
  const relative = file.replace(/^(posts|drafts)\//, '')
  // A draft needs no date in its name (Jekyll dates it by its file time); one with a date keeps it.
  const dated = readPostPath(relative)
  const path = isDraftFile && !isPostPath(dated) ? readPostPath(draftName(relative, input.mtime)) : dated
  if (!isPostPath(path)) return { kind: 'skipped', reason: path.reason }

  const split = splitFrontMatter(input.source)
  let own: Record<string, unknown> = {}
  let plainKeys = new Set<string>()
  if (split) {
    try {
      ;({ data: own, plainKeys } = parseRubyYaml(split.yaml))
    } catch (error) {
      // The YAML's own line, counted from the file's first line (the opening ---).
      const line = error instanceof YamlError && error.line !== undefined ? error.line + 1 : undefined
      throw new ContentError(file, '(front matter)', `YAML that Ruby would not read either: ${error instanceof Error ? error.message : String(error)}`, 'fix the front matter between the --- lines', line)
    }
  }
  if (RESOLVED_KEY in own) throw new ContentError(file, RESOLVED_KEY, 'this key is reserved for Pressroom', `rename the "${RESOLVED_KEY}" key`)
  // Any later object spread or YAML reader would take `__proto__` for the prototype and drop it unseen.
  if (Object.hasOwn(own, '__proto__')) throw new ContentError(file, '__proto__', '"__proto__" is not a front-matter key Pressroom knows', 'remove "__proto__" from the front matter')
  const data = deepMerge(defaultsFor(input.defaultsPath ?? path.jekyllPath, site.defaults), own)
  // Contentlayer reads `type` as the document's type and owns `body`, `_id` and `_raw`: said here, in one line.
  const taken = CONTENTLAYER_KEYS.find((key) => Object.hasOwn(data, key))
  if (taken !== undefined) throw new ContentError(file, taken, 'this key is reserved by the content layer', `rename the "${taken}" key`)

  const date = postDate(data.date, own.date !== undefined && plainKeys.has('date'), isDraftFile ? input.mtime : undefined, path.date, file, site.timeZone)
  const slug = typeof data.slug === 'string' || typeof data.slug === 'number' ? String(data.slug) : path.slug
  for (const key of ['tags', 'tag', 'categories', 'category']) {
    const value = data[key]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      throw new ContentError(file, key, 'expected a list of text, found a mapping', `write ${key}: [first, second]`)
    }
  }
  const categories = unique([...path.categories, ...words(data.categories ?? (data.category === undefined ? undefined : [data.category]))])
  const tags = unique(words(data.tags ?? (data.tag === undefined ? undefined : [data.tag])))
  const pattern = typeof data.permalink === 'string' && data.permalink !== '' ? data.permalink : site.permalink
  let url: string
  try {
    url = normalizeUrlPath(decodeUrl(expandPermalink(pattern, { slug, name: path.name, path: path.jekyllPath.replace(/^.*_posts\//, '').replace(/\.[^.]+$/, ''), date, timeZone: site.timeZone, categories, outputExt: input.outputExt })))
  } catch (error) {
    const field = pattern === data.permalink ? 'permalink' : 'permalink (site config)'
    throw new ContentError(file, field, error instanceof Error ? error.message : String(error), 'use Jekyll placeholders such as :year, :month, :day, :title, :categories')
  }
  const hiddenInFuture = !site.future && date.getTime() > input.now.getTime()
  const resolved: Resolved = { url, source: file, draft: isDraftFile || hiddenInFuture, date: date.toISOString() }

  const out: Record<string, unknown> = { ...data }
  delete out.category
  delete out.tag
  out.title = data.title === undefined || data.title === null ? titleizeSlug(path.slug) : scalarText(data.title)
  out.date = date.toISOString()
  if (categories.length > 0 || data.categories !== undefined || data.category !== undefined) out.categories = categories
  if (tags.length > 0 || data.tags !== undefined || data.tag !== undefined) out.tags = tags
  // Contentlayer's schema takes a boolean: Jekyll's truth test of whatever the author wrote ("false" publishes).
  if ('published' in data) out.published = jekyllPublished(data.published)
  for (const key of ['description', 'excerpt', 'permalink', 'slug', 'last_modified_at']) {
    if (out[key] !== undefined && out[key] !== null) out[key] = scalarText(out[key])
  }
  // Read as `date:` is (an unquoted `YYYY-MM-DD HH:MM:SS` is UTC), then handed on as that instant; unread text stays for the schema to refuse.
  const modified = typeof out.last_modified_at === 'string' ? parseJekyllDate(out.last_modified_at, site.timeZone, own.last_modified_at !== undefined && plainKeys.has('last_modified_at')) : undefined
  if (modified) out.last_modified_at = modified.toISOString()
  out[RESOLVED_KEY] = resolved

  const yamlLines = split ? split.yaml.split('\n').length : 1
  const header = `---\n${JSON.stringify(out)}\n${'\n'.repeat(Math.max(0, yamlLines - 1))}---\n`
  const body = split ? split.body : input.source
  return { kind: 'post', outPath: preparedPath(file), text: header + body, url, draft: resolved.draft, data: out }
}

/** Where a post file (`posts/…`, `drafts/…`) is prepared to, relative to `.content/`: Contentlayer's glob finds lower-case `.md` only. */
export function preparedPath(file: string): string {
  return `${file.replace(/^drafts\//, 'posts/_drafts/')}${file.endsWith('.md') ? '' : '.md'}`
}

function postDate(value: unknown, plain: boolean, mtime: Date | undefined, fromName: string, file: string, timeZone: string): Date {
  if (value !== undefined && value !== null && value !== '') {
    const text = value instanceof Date ? value.toISOString() : String(value)
    const parsed = parseJekyllDate(text, timeZone, plain)
    if (!parsed) throw new ContentError(file, 'date', `"${text}" is not a date`, 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0000')
    return parsed
  }
  if (mtime) return mtime
  const parsed = parseJekyllDate(fromName, timeZone, false)
  if (!parsed) throw new ContentError(file, 'date', `"${fromName}" in the file name is not a date`, 'rename the file YYYY-MM-DD-title.md')
  return parsed
}

/** `a b` (split on spaces, as Jekyll does), `[a, b]`, or a number. */
function words(value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  if (Array.isArray(value)) return value.flatMap((item: unknown) => (item === null || item === undefined ? [] : Array.isArray(item) ? words(item) : [textOf(item)]))
  return [textOf(value)]
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** Numbers and booleans read as text, as Liquid prints them; a list or mapping is left for the schema to refuse. */
function scalarText(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

/** Jekyll escapes a URL for links and writes the file at the unescaped path; the export needs the latter. */
function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

function draftName(relative: string, mtime: Date | undefined): string {
  const day = (mtime ?? new Date(0)).toISOString().slice(0, 10)
  const at = relative.lastIndexOf('/') + 1
  return `${relative.slice(0, at)}${day}-${relative.slice(at)}`
}
