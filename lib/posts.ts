import { allAuthors, allPosts, type Author as ContentAuthor, type Post as ContentPost } from 'contentlayer/generated'
import { authorSlug, type AuthorProfile, type AuthorRef } from './collections/authors'
import { buildLookups, type AuthorEntry, type Lookups } from './collections/lookups'
import { tagSlug, type TagCount, type TagRef } from './collections/tags'
import { ContentError } from './content-error'
import { assertContentReady } from './content/status'
import { rebaseHtml } from './markdown/rebase'
import { keyFromOgImage, ogImageKey } from './og'
import { basePath, showDrafts } from './paths'
import { postPathSegments, postUrlFromSegments, routes } from './routes'
import { site } from './site'
import { truncateText } from './text'

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160

/** How many related posts a post page lists. */
const RELATED_POSTS = 3

/**
 * The one reader of Contentlayer's output. Pages get small typed views of posts, never the raw
 * documents, so nothing reaches a page (or a client bundle) that the page does not show. Every lookup
 * is built once per build (`buildSiteContent`); no page scans the post list.
 */

export type { AuthorEntry, AuthorProfile, AuthorRef, TagCount, TagRef }

export type PostSummary = {
  slug: string
  url: string
  title: string
  /** ISO instants; format them with lib/dates.ts (`siteDate`). */
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

/** A section heading of a post, for its table of contents. */
export type Heading = { depth: 2 | 3; id: string; text: string }

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

/** What one build publishes, with every map its pages look things up in. */
export type SiteContent = {
  /** Newest first. */
  entries: Entry[]
  posts: PostSummary[]
  /** Where each post URL sits in `entries`. */
  positionByUrl: Map<string, number>
  /** Each post by the key of its share image. */
  byShareImage: Map<string, PostSummary>
  lookups: Lookups<PostSummary>
}

/** Checks that URLs are unique, drops drafts unless asked for, sorts newest first and summarises each post. */
export function publishedEntries(posts: readonly ContentPost[], options: { showDrafts: boolean }): Entry[] {
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
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.postSlug.localeCompare(b.postSlug))
    .map((source) => ({ summary: toSummary(source), source }))
}

/** Every lookup the site's pages make, built in one pass per map. */
export function buildSiteContent(posts: readonly ContentPost[], profiles: readonly AuthorProfile[], options: { showDrafts: boolean; timeZone: string }): SiteContent {
  const entries = publishedEntries(posts, options)
  const summaries = entries.map((entry) => entry.summary)
  const byShareImage = new Map<string, PostSummary>()
  const shareImageFile = new Map<string, string>()
  for (const { summary, source } of entries) {
    const key = ogImageKey(summary.url)
    const other = shareImageFile.get(key)
    if (other !== undefined) {
      throw new ContentError(source._raw.sourceFilePath, 'permalink', `its share image ${routes.shareImage(summary.url)} would also be the one of ${other}`, 'give one of the posts a permalink that differs in more than its slashes')
    }
    shareImageFile.set(key, source._raw.sourceFilePath)
    byShareImage.set(key, summary)
  }
  return {
    entries,
    posts: summaries,
    positionByUrl: new Map(summaries.map((summary, i) => [summary.url, i])),
    byShareImage,
    lookups: buildLookups(summaries, profiles, options.timeZone),
  }
}

let cache: SiteContent | undefined

function content(): SiteContent {
  // Under `npm run dev`, a content error stands in for the stale pages until it is fixed.
  assertContentReady()
  cache ??= buildSiteContent(allPosts, allAuthors.map(toProfile), { showDrafts, timeZone: site.timeZone })
  return cache
}

function toSummary(post: ContentPost): PostSummary {
  const file = post._raw.sourceFilePath
  return {
    slug: post.postSlug,
    url: post.url,
    title: post.title,
    date: post.publishedAt,
    updated: post.updatedAt,
    authors: strings(post.authorList, file, 'author').map((name) => ({ name, slug: urlSlug(authorSlug(name), name, file, 'author') })),
    tags: strings(post.tagList, file, 'tags').map((name) => ({ name, slug: urlSlug(tagSlug(name), name, file, 'tags') })),
    excerptHtml: rebaseHtml(post.excerptHtml, basePath),
    description: post.description ?? truncateText(post.excerptText, DESCRIPTION_LENGTH),
    readingMinutes: post.readingMinutes,
    isDraft: post.isDraft,
  }
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

/** A tag or author page needs a URL: a name of punctuation or emoji alone slugs to nothing. */
function urlSlug(slug: string, name: string, file: string, field: string): string {
  if (slug !== '') return slug
  throw new ContentError(file, field, `"${name}" has no letter or digit to make its page's URL from`, 'give it a name with at least one letter or digit')
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

export function getPosts(): readonly PostSummary[] {
  return content().posts
}

/** Full bodies of every post, or of the posts with one tag, newest first. */
export function getPostSources(tagSlug?: string): PostSource[] {
  const { entries, positionByUrl } = content()
  const posts = tagSlug === undefined ? getPosts() : (getTag(tagSlug)?.posts ?? [])
  return posts.flatMap((summary) => {
    const entry = entries[positionByUrl.get(summary.url) ?? -1]
    return entry ? [{ summary, html: entry.source.body.html }] : []
  })
}

/**
 * The Markdown file behind each post URL, drafts included (paths relative to `content/`), for tools
 * that name the file to fix, such as the link check.
 */
export function getPostFiles(): Map<string, string> {
  return new Map(allPosts.map((post) => [post.url, post._raw.sourceFilePath]))
}

/** URL segments of every post, for `generateStaticParams` of the catch-all post route. */
export function getPostPaths(): string[][] {
  return getPosts().map((post) => postPathSegments(post.url))
}

const details = new Map<string, PostDetail>()

export function getPostByPath(segments: readonly string[]): PostDetail | undefined {
  const url = postUrlFromSegments(segments)
  const cached = details.get(url)
  if (cached) return cached
  const { entries, positionByUrl, lookups } = content()
  const index = positionByUrl.get(url) ?? -1
  const entry = entries[index]
  if (!entry) return undefined
  const link = (e: Entry | undefined): PostLink | undefined => (e ? { title: e.summary.title, url: e.summary.url } : undefined)
  const detail: PostDetail = {
    ...entry.summary,
    html: rebaseHtml(entry.source.body.html, basePath),
    headings: headings(entry.source.headings),
    // Newest first: the previous (older) post is the next one in the list.
    previous: link(entries[index + 1]),
    next: link(entries[index - 1]),
    related: lookups.related(entry.summary, RELATED_POSTS),
  }
  // Metadata and page both ask for the post: render its HTML once.
  details.set(url, detail)
  return detail
}

/** The post a share image file (`2016-06-20-a.png`) belongs to. */
export function getPostByShareImage(fileName: string): PostSummary | undefined {
  const key = keyFromOgImage(fileName)
  return key === undefined ? undefined : content().byShareImage.get(key)
}

/** A page that sends readers on: each `redirect_from` of a post, and each post with `redirect_to`. */
/** `replacesPost`: the post itself redirects (`redirect_to`), so its own page is replaced. */
export type Redirect = { from: string; to: string; replacesPost: boolean }

/** Every redirect the published posts ask for (jekyll-redirect-from), site-relative. */
export function getRedirects(): Redirect[] {
  return content().entries.flatMap(({ summary, source }): Redirect[] => {
    const file = source._raw.sourceFilePath
    const own = urlList(source.redirect_from, file, 'redirect_from').map((from) => ({ from: from.startsWith('/') ? from : `/${from}`, to: summary.url, replacesPost: false }))
    const away = urlList(source.redirect_to, file, 'redirect_to')[0]
    return away === undefined ? own : [...own, { from: summary.url, to: away, replacesPost: true }]
  })
}

function urlList(value: unknown, file: string, field: string): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value
  throw new ContentError(file, field, 'expected a URL or a list of URLs', `write ${field}: /old/path/`)
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

export function getTags(): readonly TagCount[] {
  return content().lookups.tags
}

export function getTag(slug: string): { tag: TagCount; posts: PostSummary[] } | undefined {
  return content().lookups.tag(slug)
}

export function getAuthors(): readonly AuthorEntry[] {
  return content().lookups.authors
}

export function getAuthor(slug: string): { author: AuthorEntry; posts: PostSummary[] } | undefined {
  return content().lookups.author(slug)
}

export function getArchive() {
  return content().lookups.years
}
