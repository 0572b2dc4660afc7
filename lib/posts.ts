import { allAuthors, allPosts, type Author as ContentAuthor, type Post as ContentPost } from 'contentlayer/generated'
import { authorSlug, listAuthors, type AuthorProfile, type AuthorRef } from './collections/authors'
import { groupByYear } from './collections/archive'
import { relatedPosts } from './collections/related'
import { countTags, tagSlug, type TagCount, type TagRef } from './collections/tags'
import { ContentError } from './content-error'
import type { Heading } from './markdown/analyze'
import { rebaseHtml } from './markdown/rebase'
import { basePath, showDrafts } from './paths'
import { site } from './site'
import { truncateText } from './text'

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160

/**
 * The one reader of Contentlayer's output. Pages get small typed views of posts, never the raw
 * documents, so nothing reaches a page (or a client bundle) that the page does not show.
 */

export type { AuthorProfile, AuthorRef, TagCount, TagRef }

export type PostSummary = {
  slug: string
  url: string
  title: string
  /** ISO instants; format them with lib/jekyll/date's site-zone helpers. */
  date: string
  updated: string
  authors: AuthorRef[]
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
  related: PostSummary[]
}

/** A post's full body with site-relative URLs, for output that is not a page (feeds, search). */
export type PostSource = { summary: PostSummary; html: string }

type Entry = { summary: PostSummary; source: ContentPost }

let cache: Entry[] | undefined
let positionByUrl: Map<string, number> | undefined

/** Every post this build publishes, newest first (drafts only when the deploy asks for them). */
function entries(): Entry[] {
  cache ??= indexPosts(allPosts, { showDrafts })
  return cache
}

/** Where each URL sits in `entries()`: every post page looks itself up, so a scan per page would be quadratic. */
function positionOf(url: string): number {
  positionByUrl ??= new Map(entries().map((entry, i) => [entry.summary.url, i]))
  return positionByUrl.get(url) ?? -1
}

/** Checks that URLs are unique, drops drafts unless asked for, sorts newest first. */
export function indexPosts(posts: readonly ContentPost[], options: { showDrafts: boolean }): Entry[] {
  const byUrl = new Map<string, { file: string; url: string }>()
  for (const post of posts) {
    // Folders that differ only in case are one folder on macOS and Windows hosts, and on many servers.
    const key = post.url.toLowerCase()
    const other = byUrl.get(key)
    if (other !== undefined) {
      const how = other.url === post.url ? '' : ` (as ${other.url}: URLs differing only in letter case collide)`
      throw new ContentError(post._raw.sourceFilePath, 'permalink', `URL ${post.url} is already used by ${other.file}${how}`, 'give one of the posts its own permalink: or rename its file')
    }
    byUrl.set(key, { file: post._raw.sourceFilePath, url: post.url })
  }
  return posts
    .filter((post) => options.showDrafts || !post.isDraft)
    // By instant: ISO text sorts year 10000 (9999-12-31 west of UTC) before year 2016.
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug))
    .map((source) => ({ summary: toSummary(source), source }))
}

function toSummary(post: ContentPost): PostSummary {
  const file = post._raw.sourceFilePath
  return {
    slug: post.slug,
    url: post.url,
    title: post.title,
    date: post.publishedAt,
    updated: post.updatedAt,
    authors: strings(post.authorList, file, 'author').map((name) => ({ name, slug: authorSlug(name) })),
    tags: strings(post.tagList, file, 'tags').map((name) => ({ name, slug: tagSlug(name) })),
    excerptHtml: rebaseHtml(post.excerptHtml, basePath),
    description: post.description ?? truncateText(post.excerptText, DESCRIPTION_LENGTH),
    readingMinutes: post.readingMinutes,
    isDraft: post.isDraft,
  }
}

/** Contentlayer types list-valued computed fields loosely; check them at the boundary. */
function strings(value: unknown, file: string, field: string): string[] {
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value
  throw new ContentError(file, field, 'computed value is not a list of text', 'rebuild content with `npm run content`')
}

function headings(value: unknown): Heading[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown): Heading[] => {
    if (typeof item !== 'object' || item === null || !('depth' in item) || !('id' in item) || !('text' in item)) return []
    const { depth, id, text } = item
    return (depth === 2 || depth === 3) && typeof id === 'string' && typeof text === 'string' ? [{ depth, id, text }] : []
  })
}

export function getPosts(): PostSummary[] {
  return entries().map((entry) => entry.summary)
}

export function getPostSources(): PostSource[] {
  return entries().map((entry) => ({ summary: entry.summary, html: entry.source.body.html }))
}

/** URL segments of every post, for `generateStaticParams` of the catch-all post route. */
export function getPostPaths(): string[][] {
  return getPosts().map((post) => post.url.split('/').filter(Boolean))
}

export function getPostByPath(segments: readonly string[]): PostDetail | undefined {
  const url = `/${segments.map(decodeURIComponent).join('/')}/`
  const list = entries()
  const index = positionOf(url)
  const entry = list[index]
  if (!entry) return undefined
  const link = (e: Entry | undefined): PostLink | undefined => (e ? { title: e.summary.title, url: e.summary.url } : undefined)
  return {
    ...entry.summary,
    html: rebaseHtml(entry.source.body.html, basePath),
    headings: headings(entry.source.headings),
    // Newest first: the previous (older) post is the next one in the list.
    previous: link(list[index + 1]),
    next: link(list[index - 1]),
    related: relatedPosts(entry.summary, getPosts(), 3),
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
  return countTags(getPosts())
}

export function getTag(slug: string): { tag: TagCount; posts: PostSummary[] } | undefined {
  const tag = getTags().find((t) => t.slug === slug)
  if (!tag) return undefined
  return { tag, posts: getPosts().filter((post) => post.tags.some((t) => t.slug === slug)) }
}

function toProfile(author: ContentAuthor): AuthorProfile {
  return {
    name: author.name,
    slug: authorSlug(author.name),
    bio: author.bio,
    avatar: author.avatar,
    links: (author.links ?? []).map((l) => ({ label: l.label, url: l.url })),
  }
}

export function getAuthors(): (AuthorProfile & { count: number })[] {
  return listAuthors(getPosts(), allAuthors.map(toProfile))
}

export function getAuthor(slug: string): { author: AuthorProfile & { count: number }; posts: PostSummary[] } | undefined {
  const author = getAuthors().find((a) => a.slug === slug)
  if (!author) return undefined
  return { author, posts: getPosts().filter((post) => post.authors.some((a) => a.slug === slug)) }
}

export function getArchive() {
  return groupByYear(getPosts(), site.timeZone)
}
