import { ContentError } from '../content-error'
import type { PostResolver, PostUrlInput } from '../jekyll/post-index'
import { parseJekyllDate } from '../jekyll/date'
import { expandPermalink } from '../jekyll/permalink'
import { summarizeHtml, type HtmlSummary } from '../markdown/analyze'
import { site } from '../site'
import { authorList, postDate, postSlug, stringList } from './fields'

/** What Contentlayer hands a computed field: the raw front matter plus the rendered body. */
export type RawPost = {
  _id: string
  _raw: { sourceFilePath: string; sourceFileName: string }
  body: { html: string }
  date?: string | undefined
  permalink?: string | undefined
  categories?: unknown
  category?: string | undefined
}

export function publishedAt(doc: RawPost): string {
  return postDate(doc.date, doc._raw.sourceFileName, doc._raw.sourceFilePath, site.timeZone).toISOString()
}

/** `last_modified_at` when the post has one, else its publication date. */
export function updatedAt(doc: RawPost & { last_modified_at?: string | undefined }): string {
  if (doc.last_modified_at === undefined) return publishedAt(doc)
  const parsed = parseJekyllDate(doc.last_modified_at, site.timeZone)
  if (!parsed) {
    throw new ContentError(doc._raw.sourceFilePath, 'last_modified_at', `"${doc.last_modified_at}" is not a date`, 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0000')
  }
  return parsed.toISOString()
}

export function categoryList(doc: RawPost): string[] {
  const file = doc._raw.sourceFilePath
  if (doc.category !== undefined && doc.categories !== undefined) {
    throw new ContentError(file, 'category', 'both "category" and "categories" are set', 'keep one of them')
  }
  return doc.category !== undefined ? [doc.category] : stringList(doc.categories, file, 'categories')
}

/** The post's site-relative URL: its own `permalink:` if it has one, else the site's pattern. */
export function postUrl(doc: RawPost): string {
  const file = doc._raw.sourceFilePath
  const pattern = doc.permalink ?? site.permalink
  const field = doc.permalink === undefined ? 'permalink (site config)' : 'permalink'
  try {
    return expandPermalink(pattern, {
      slug: postSlug(doc._raw.sourceFileName, file),
      date: new Date(publishedAt(doc)),
      timeZone: site.timeZone,
      categories: categoryList(doc),
    })
  } catch (error) {
    if (error instanceof ContentError) throw error
    throw new ContentError(file, field, error instanceof Error ? error.message : String(error), 'use Jekyll placeholders such as :year, :month, :day, :title, :categories')
  }
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
  }
}

export const postResolver: PostResolver = {
  url: (input) => postUrl(postFromFrontMatter(input)),
  date: (input) => new Date(publishedAt(postFromFrontMatter(input))),
}
