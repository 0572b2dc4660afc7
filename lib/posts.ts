import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
// Not read: importing it makes `next dev` reload these pages whenever the content step rewrites the store.
import storeVersion from '../.pressroom/posts/version.json'
import { authorSlug, type AuthorProfile, type AuthorRef } from './collections/authors'
import { buildLookups, type AuthorEntry, type Lookups } from './collections/lookups'
import { seriesOf, type Series } from './collections/series'
import { tagSlug, type TagCount, type TagRef } from './collections/tags'
import { contentFolderInRepo } from './content-dir'
import { ContentError } from './content-error'
import { commentsKeyOf } from './features/comments-key'
import { AUTHORS_FILE, PAGES_FILE, POSTS_FILE, postStoreDir, VERSION_FILE, type Heading, type StoredAuthor, type StoredPage, type StoredPost } from './content/post-store'
import { parsePostStore } from './content/post-store-read'
import { assertContentReady } from './content/status'
import { clipExcerptHtml } from './markdown/clip-excerpt'
import { rebaseHtml } from './markdown/rebase'
import { ogImageKey } from './og'
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

export type { AuthorEntry, AuthorProfile, AuthorRef, Heading, StoredPost, TagCount, TagRef }

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

export type PostDetail = PostSummary & {
  html: string
  headings: Heading[]
  previous: PostLink | undefined
  next: PostLink | undefined
  related: PostSummary[]
  /** The series this post is part of (front matter `series:`), every part listed. */
  series: Series | undefined
  /** The post's source file under content/, for the "Edit this post" link. */
  sourcePath: string
  /** False when the post's front matter says `comments: false`. */
  comments: boolean
  /**
   * What the post's comment thread is keyed by: its `disqus_identifier`, else the URL the old site served it
   * at, so threads a team migrates from Disqus (keyed by old URLs) find their posts.
   */
  commentsKey: string
}

/** A post's full body with site-relative URLs, for output that is not a page (feeds, search). */
export type PostSource = { summary: PostSummary; html: string; jekyll: JekyllIdentity }

/** What the old Jekyll site knew a post by, for feeds kept at their old path (lib/feeds/kept.ts). */
export type JekyllIdentity = { id: string; categories: string[]; path: string }

type Entry = { summary: PostSummary; source: StoredPost }

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
export function publishedEntries(posts: readonly StoredPost[], options: { showDrafts: boolean }): Entry[] {
  const byUrl = new Map<string, { file: string; url: string }>()
  for (const post of posts) {
    // Folders that differ only in case are one folder on macOS and Windows hosts, and on many servers.
    const key = post.url.toLowerCase()
    const other = byUrl.get(key)
    if (other !== undefined) {
      const how = other.url === post.url ? '' : ` (as ${other.url}: URLs differing only in letter case collide)`
      throw new ContentError(post.source, 'permalink', `URL ${post.url} is already used by ${other.file}${how}`, 'give one of the posts its own permalink: or rename its file')
    }
    byUrl.set(key, { file: post.source, url: post.url })
  }
  return posts
    .filter((post) => options.showDrafts || !post.isDraft)
    // By instant: ISO text sorts year 10000 (9999-12-31 west of UTC) before year 2016.
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug))
    .map((source) => ({ summary: toSummary(source), source }))
}

/** Every lookup the site's pages make, built in one pass per map. */
export function buildSiteContent(posts: readonly StoredPost[], profiles: readonly AuthorProfile[], options: { showDrafts: boolean; timeZone: string }): SiteContent {
  const entries = publishedEntries(posts, options)
  const summaries = entries.map((entry) => entry.summary)
  const byShareImage = new Map<string, PostSummary>()
  const shareImageFile = new Map<string, string>()
  for (const { summary, source } of entries) {
    const key = ogImageKey(summary.url)
    const other = shareImageFile.get(key)
    if (other !== undefined) {
      throw new ContentError(source.source, 'permalink', `its share image ${routes.shareImage(summary.url)} would also be the one of ${other}`, 'give one of the posts a permalink that differs in more than its slashes')
    }
    shareImageFile.set(key, source.source)
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

const STORE = postStoreDir(process.env, process.cwd())
const CONTENT_FOLDER = contentFolderInRepo() ?? 'content'

type Loaded = { content: SiteContent; store: StoredPost[]; pages: StoredPage[]; series: Map<string, Entry[]>; version: unknown }

let cache: Loaded | undefined

/**
 * Which store the pages have. Under next dev a route's bundle may keep an old copy of the version import,
 * so the file's time counts too; the import stays in use there, as it is what makes an open page re-render.
 */
function storeVersionNow(): string {
  return process.env.NODE_ENV === 'development' ? `${JSON.stringify(storeVersion)} ${statSync(join(STORE, VERSION_FILE)).mtimeMs}` : BUILT_VERSION
}

/** A build reads one store: its version is fixed for the process, and every lookup of every page asks for it. */
const BUILT_VERSION = JSON.stringify(storeVersion)

/** The store, read once per process (and again after the content step rewrites it under `next dev`). */
function loaded(): Loaded {
  // Under `npm run dev`, a content error stands in for the stale pages until it is fixed.
  assertContentReady()
  const version = storeVersionNow()
  if (cache === undefined || cache.version !== version) {
    const read = (file: string): unknown => JSON.parse(readFileSync(join(STORE, file), 'utf8'))
    const { posts, authors, pages } = parsePostStore(read(POSTS_FILE), read(AUTHORS_FILE), STORE, read(PAGES_FILE))
    const content = buildSiteContent(posts, authors.map(toProfile), { showDrafts, timeZone: site.timeZone })
    // Each series' parts, found once: a post page looks up its own series, never scans every post.
    const series = new Map<string, Entry[]>()
    for (const entry of content.entries) {
      const name = entry.source.series?.trim()
      if (!name) continue
      const parts = series.get(name)
      if (parts) parts.push(entry)
      else series.set(name, [entry])
    }
    cache = { content, store: posts, pages, series, version }
  }
  return cache
}

function content(): SiteContent {
  return loaded().content
}

/** A post's HTML as the content step rendered it (site-relative URLs). */
function bodyHtml(post: StoredPost): string {
  return readFileSync(join(STORE, post.html), 'utf8')
}

function toSummary(post: StoredPost): PostSummary {
  const file = post.source
  return {
    slug: post.slug,
    url: post.url,
    title: post.title,
    date: post.date,
    updated: post.updated,
    authors: post.authors.map((name) => ({ name, slug: urlSlug(authorSlug(name), name, file, 'author') })),
    tags: post.tags.map((name) => ({ name, slug: urlSlug(tagSlug(name), name, file, 'tags') })),
    // Listings show the excerpt cut to a readable length; the post page has the full text.
    excerptHtml: rebaseHtml(clipExcerptHtml(post.excerptHtml), basePath),
    description: post.description ?? truncateText(post.excerptText, DESCRIPTION_LENGTH),
    readingMinutes: post.readingMinutes,
    isDraft: post.isDraft,
  }
}

function toProfile(author: StoredAuthor): AuthorProfile {
  return { name: author.name, slug: authorSlug(author.name), bio: author.bio, avatar: author.avatar, links: author.links }
}

/** A tag or author page needs a URL: a name of punctuation or emoji alone slugs to nothing. */
function urlSlug(slug: string, name: string, file: string, field: string): string {
  if (slug !== '') return slug
  throw new ContentError(file, field, `"${name}" has no letter or digit to make its page's URL from`, 'give it a name with at least one letter or digit')
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
    return entry ? [{ summary, html: bodyHtml(entry.source), jekyll: { id: entry.source.jekyllId, categories: entry.source.categories, path: entry.source.source } }] : []
  })
}

/**
 * The Markdown file behind each post URL, drafts included (paths relative to `content/`), for tools
 * that name the file to fix, such as the link check.
 */
export function getPostFiles(): Map<string, string> {
  return new Map(loaded().store.map((post) => [post.url, post.source]))
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
    html: rebaseHtml(bodyHtml(entry.source), basePath),
    headings: entry.source.headings,
    // Newest first: the previous (older) post is the next one in the list.
    previous: link(entries[index + 1]),
    next: link(entries[index - 1]),
    related: lookups.related(entry.summary, RELATED_POSTS),
    series: seriesOf({ url: entry.summary.url, series: entry.source.series }, (loaded().series.get(entry.source.series?.trim() ?? '') ?? []).map((e) => ({ ...e.summary, series: e.source.series }))),
    // The author's file (content/posts/… or content/drafts/…), not the prepared copy Contentlayer read,
    // in the content folder the site is built from (a scratch folder outside the project: content/).
    sourcePath: `${CONTENT_FOLDER}/${entry.source.source}`,
    comments: entry.source.comments,
    commentsKey: commentsKeyOf(entry.source),
  }
  // Metadata and page both ask for the post: render its HTML once.
  details.set(url, detail)
  return detail
}

/** Posts exported away from Jekyll's URL (spaces, quotes in it), each with the URL that gets a copy. */
export function getJekyllUrlCopies(): { url: string; jekyllUrl: string }[] {
  return content().entries.flatMap(({ summary, source }) => (source.jekyllUrl === undefined ? [] : [{ url: summary.url, jekyllUrl: source.jekyllUrl }]))
}

/** A page that sends readers on: each `redirect_from` of a post, and each post with `redirect_to`. */
/** `replacesPost`: the post itself redirects (`redirect_to`), so its own page is replaced. */
export type Redirect = { from: string; to: string; replacesPost: boolean }

/** Every redirect the published posts ask for (jekyll-redirect-from), site-relative. */
export function getRedirects(): Redirect[] {
  return content().entries.flatMap(({ summary, source }): Redirect[] => {
    const own = source.redirectFrom.map((from) => ({ from, to: summary.url, replacesPost: false }))
    return source.redirectTo === undefined ? own : [...own, { from: summary.url, to: source.redirectTo, replacesPost: true }]
  })
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

/* Pages (content/pages/): stand-alone documents at their own URLs, without dates, tags or authors. */

export type PageDetail = { url: string; title: string; description: string; html: string }

let pageCache: { version: unknown; pages: PageDetail[] } | undefined

/** Every page, by URL. A page whose URL a post already has stops the build. */
export function getPages(): PageDetail[] {
  const version = storeVersionNow()
  if (pageCache !== undefined && pageCache.version === version) return pageCache.pages
  const posts = new Set(getPosts().map((post) => post.url))
  const pages = loaded()
    .pages.map((page) => {
      if (posts.has(page.url)) {
        throw new ContentError(page.file, 'permalink', `URL ${page.url} is already used by a post`, 'give the page another permalink:')
      }
      return { url: page.url, title: page.title, description: page.description ?? truncateText(page.excerptText, DESCRIPTION_LENGTH), html: page.html }
    })
    .sort((a, b) => a.url.localeCompare(b.url))
  pageCache = { version, pages }
  return pages
}

export function getPageByPath(segments: readonly string[]): PageDetail | undefined {
  const url = `/${segments.map(decodeURIComponent).join('/')}/`
  const page = getPages().find((p) => p.url === url)
  return page && { ...page, html: rebaseHtml(page.html, basePath) }
}
