import { ContentError } from './error'
import type { PostResolver, PostUrlInput } from '../jekyll/post-index'
import { parseJekyllDate } from '../jekyll/date'
import { RESOLVED_KEY } from '../jekyll/keys'
import { summarizeHtml, type HtmlSummary } from '../markdown/analyze'
import { site } from '../site'
import type { Resolved } from './prepare'
import { sourceOfPrepared } from './prepared-name'
import { authorList, postSlug, stringList } from './fields'
import { checkPostUrl, exportableUrl } from './post-url-checks'

/** What Contentlayer hands a computed field: the raw front matter plus the rendered body. */
export type RawPost = {
  _id: string
  _raw: { sourceFilePath: string; sourceFileName: string }
  body: { html: string }
  date?: string | undefined
  permalink?: string | undefined
  categories?: unknown
  category?: string | undefined
  [RESOLVED_KEY]?: unknown
}

/** What the prepare step resolved for a post (its `Resolved`), checked at the boundary. */
export function resolvedOf(doc: Pick<RawPost, '_raw' | typeof RESOLVED_KEY>): Resolved {
  const value = doc[RESOLVED_KEY]
  if (typeof value === 'object' && value !== null && 'url' in value && 'source' in value && 'draft' in value && 'date' in value) {
    const { url, source, draft, date } = value
    if (typeof url === 'string' && typeof source === 'string' && typeof draft === 'boolean' && typeof date === 'string') return { url, source, draft, date }
  }
  throw new ContentError(sourceOfPrepared(doc._raw.sourceFilePath), RESOLVED_KEY, 'missing or malformed: this post did not pass through the prepare step', 'build with `npm run content`, which prepares content/ first')
}

/** The author's file name (`x.markdown`), not the prepared twin's (`x.markdown.md`). */
export function sourceName(doc: Pick<RawPost, '_raw' | typeof RESOLVED_KEY>): string {
  return resolvedOf(doc).source.split('/').pop() ?? doc._raw.sourceFileName
}

/** Jekyll's date for the post, resolved by the prepare step (front matter first, else the file name). */
export function publishedAt(doc: RawPost): string {
  return resolvedOf(doc).date
}

/** `last_modified_at` when the post has one, else its publication date. */
export function updatedAt(doc: RawPost & { last_modified_at?: string | undefined }): string {
  if (doc.last_modified_at === undefined) return publishedAt(doc)
  const parsed = parseJekyllDate(doc.last_modified_at, site.timeZone)
  if (!parsed) {
    throw new ContentError(sourceOfPrepared(doc._raw.sourceFilePath), 'last_modified_at', `"${doc.last_modified_at}" is not a date`, 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0000')
  }
  return parsed.toISOString()
}

export function categoryList(doc: RawPost): string[] {
  const file = sourceOfPrepared(doc._raw.sourceFilePath)
  if (doc.category !== undefined && doc.categories !== undefined) {
    throw new ContentError(file, 'category', 'both "category" and "categories" are set', 'keep one of them')
  }
  return doc.category !== undefined ? [doc.category] : stringList(doc.categories, file, 'categories')
}

/** The post's site-relative URL, as Jekyll gives it (lib/jekyll/permalink.ts, via the prepare step). */
export function postUrl(doc: RawPost): string {
  const resolved = resolvedOf(doc)
  return checkPostUrl(exportableUrl(resolved.url).url, resolved.source, doc.permalink === undefined ? 'permalink (site config)' : 'permalink')
}

/** Jekyll's URL for the post when the export serves it elsewhere (see `exportableUrl`), else undefined. */
export function jekyllUrl(doc: RawPost): string | undefined {
  const resolved = resolvedOf(doc)
  const { url, jekyllUrl: original } = exportableUrl(resolved.url)
  if (original !== undefined) console.warn(`warn ${resolved.source}: Jekyll's URL ${JSON.stringify(original)} holds characters a static export cannot write; the post is at ${url}, with a copy at Jekyll's URL`)
  return original
}

const summaries = new Map<string, { html: string; summary: HtmlSummary }>()

/** Computed fields each need the same parse of the body: do it once per version of a post. */
export function summary(doc: RawPost): HtmlSummary {
  const cached = summaries.get(doc._id)
  if (cached && cached.html === doc.body.html) return cached.summary
  const fresh = summarizeHtml(doc.body.html)
  summaries.set(doc._id, { html: doc.body.html, summary: fresh })
  return fresh
}

export function readingMinutes(doc: RawPost): number {
  return Math.max(1, Math.round(summary(doc).words / site.wordsPerMinute))
}

export { authorList, postSlug, stringList }

/**
 * A post read straight from its file (front matter only, no body), as the computed fields see it: so
 * Liquid's `{% post_url %}`, `{% link %}` and `site.posts` give each post the URL and date the build gives it.
 */
export function postFromFrontMatter(input: PostUrlInput): RawPost {
  const fm = input.frontMatter
  const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined)
  return {
    _id: input.sourceFilePath,
    _raw: { sourceFilePath: input.sourceFilePath, sourceFileName: input.sourceFileName },
    body: { html: '' },
    date: text(fm.date),
    permalink: text(fm.permalink),
    categories: fm.categories,
    category: text(fm.category),
    // The URL and date the prepare step resolved, when the file is a prepared copy.
    [RESOLVED_KEY]: fm[RESOLVED_KEY],
  }
}

export const postResolver: PostResolver = {
  url: (input) => postUrl(postFromFrontMatter(input)),
  date: (input) => new Date(publishedAt(postFromFrontMatter(input))),
}
