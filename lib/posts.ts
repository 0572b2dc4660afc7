import { allPosts, type Post as ContentPost } from 'contentlayer/generated'
import { ContentError } from './content-error'
import { formatDate, isoDay } from './jekyll/date'
import type { Heading } from './markdown/analyze'
import { rebaseHtml } from './markdown/rebase'
import { basePath, showDrafts } from './paths'
import { site } from './site'
import { tagSlug } from './tags'

/**
 * The one reader of Contentlayer's output. Pages get small typed views of posts, never the raw
 * documents, so nothing reaches a page (or a client bundle) that the page does not show.
 */

export type TagRef = { name: string; slug: string }
export type TagCount = TagRef & { count: number }

export type PostSummary = {
  slug: string
  url: string
  title: string
  /** ISO instant; format it with lib/jekyll/date's site-zone helpers. */
  date: string
  authors: string[]
  tags: TagRef[]
  excerptHtml: string
  description: string
  readingMinutes: number
  isDraft: boolean
}

export type PostLink = Pick<PostSummary, 'title' | 'url'>

export type PostDetail = PostSummary & {
  html: string
  headings: Heading[]
  previous: PostLink | undefined
  next: PostLink | undefined
}

type Entry = { summary: PostSummary; source: ContentPost }

let cache: Entry[] | undefined

/** Every post this build publishes, newest first (drafts only when the deploy asks for them). */
function entries(): Entry[] {
  cache ??= indexPosts(allPosts, { showDrafts })
  return cache
}

export function indexPosts(posts: readonly ContentPost[], options: { showDrafts: boolean }): Entry[] {
  const byUrl = new Map<string, string>()
  const out: Entry[] = []
  for (const post of posts) {
    const file = post._raw.sourceFilePath
    const other = byUrl.get(post.url)
    if (other !== undefined) {
      throw new ContentError(file, 'permalink', `URL ${post.url} is already used by ${other}`, 'give one of the posts its own permalink: or rename its file')
    }
    byUrl.set(post.url, file)
    if (post.isDraft && !options.showDrafts) continue
    out.push({ summary: toSummary(post), source: post })
  }
  return out.sort((a, b) => b.summary.date.localeCompare(a.summary.date) || a.summary.slug.localeCompare(b.summary.slug))
}

function toSummary(post: ContentPost): PostSummary {
  const file = post._raw.sourceFilePath
  return {
    slug: post.slug,
    url: post.url,
    title: post.title,
    date: post.publishedAt,
    authors: strings(post.authorList, file, 'author'),
    tags: strings(post.tagList, file, 'tags').map((name) => ({ name, slug: tagSlug(name) })),
    excerptHtml: rebaseHtml(post.excerptHtml, basePath),
    description: post.description ?? post.excerptText,
    readingMinutes: post.readingMinutes,
    isDraft: post.isDraft,
  }
}

/** Contentlayer types list-valued computed fields loosely; check them at the boundary. */
function strings(value: unknown, file: string, field: string): string[] {
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value
  throw new ContentError(file, field, 'computed value is not a list of text', 'rebuild content with `npm run content`')
}

function headings(value: unknown, file: string): Heading[] {
  if (!Array.isArray(value)) throw new ContentError(file, 'headings', 'computed value is not a list', 'rebuild content')
  return value.flatMap((item: unknown): Heading[] => {
    if (typeof item !== 'object' || item === null) return []
    const { depth, id, text } = { depth: Reflect.get(item, 'depth'), id: Reflect.get(item, 'id'), text: Reflect.get(item, 'text') }
    if ((depth === 2 || depth === 3) && typeof id === 'string' && typeof text === 'string') return [{ depth, id, text }]
    return []
  })
}

export function getPosts(): PostSummary[] {
  return entries().map((entry) => entry.summary)
}

/** URL segments of every post, for `generateStaticParams` of the catch-all post route. */
export function getPostPaths(): string[][] {
  return getPosts().map((post) => post.url.split('/').filter(Boolean))
}

export function getPostByPath(segments: readonly string[]): PostDetail | undefined {
  const url = `/${segments.map(decodeURIComponent).join('/')}/`
  const list = entries()
  const index = list.findIndex((entry) => entry.summary.url === url)
  const entry = list[index]
  if (!entry) return undefined
  const link = (e: Entry | undefined): PostLink | undefined => (e ? { title: e.summary.title, url: e.summary.url } : undefined)
  return {
    ...entry.summary,
    html: rebaseHtml(entry.source.body.html, basePath),
    headings: headings(entry.source.headings, entry.source._raw.sourceFilePath),
    // Newest first: the previous (older) post is the next one in the list.
    previous: link(list[index + 1]),
    next: link(list[index - 1]),
  }
}

export type PostPage = { posts: PostSummary[]; page: number; totalPages: number }

export function getPageCount(): number {
  return Math.max(1, Math.ceil(getPosts().length / site.postsPerPage))
}

/** Page `page` (1-based) of the home listing, or undefined past the last page. */
export function getPostPage(page: number): PostPage | undefined {
  const totalPages = getPageCount()
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined
  const start = (page - 1) * site.postsPerPage
  return { posts: getPosts().slice(start, start + site.postsPerPage), page, totalPages }
}

export function getTags(): TagCount[] {
  const counts = new Map<string, TagCount>()
  for (const post of getPosts()) {
    for (const tag of post.tags) {
      const seen = counts.get(tag.slug)
      counts.set(tag.slug, seen ? { ...seen, count: seen.count + 1 } : { ...tag, count: 1 })
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

export function getTag(slug: string): { tag: TagCount; posts: PostSummary[] } | undefined {
  const tag = getTags().find((t) => t.slug === slug)
  if (!tag) return undefined
  return { tag, posts: getPosts().filter((post) => post.tags.some((t) => t.slug === slug)) }
}

/** What the search index needs of each published post (lib/search/build.ts), newest first. */
export type SearchSource = { url: string; title: string; date: string; dateText: string; tags: string[]; authors: string[]; html: string }

export function getSearchRecords(): SearchSource[] {
  return entries().map(({ summary, source }) => {
    const date = new Date(summary.date)
    return {
      url: summary.url,
      title: summary.title,
      date: isoDay(date, site.timeZone),
      dateText: formatDate(date, site.timeZone, site.language),
      tags: summary.tags.map((tag) => tag.name),
      authors: summary.authors,
      html: source.body.html,
    }
  })
}
