import type { YearGroup } from '../collections/archive'
import type { AuthorEntry } from '../collections/lookups'
import type { TagCount } from '../collections/tags'
import { contentFolderInRepo } from '../content/dir'
import { basePath, showDrafts } from '../urls/paths'
import { postPathSegments, postUrlFromSegments } from '../urls/routes'
import { site } from '../site'
import { postDetail } from './detail'
import { buildSiteContent, profileOf, type SiteContent } from './published'
import { bodyHtml, fromStore } from './store'
import { summaryView, type PostDetail, type PostFacts, type PostSource, type PostSummary } from './views'

/** What pages ask of the published posts, answered from the index built once per store (./published.ts). */

const CONTENT_FOLDER = contentFolderInRepo() ?? 'content'

export const siteContent: () => SiteContent = fromStore((store) =>
  buildSiteContent(store.posts, store.authors.map(profileOf), { showDrafts, timeZone: site.timeZone }),
)

// Metadata and page both ask for a post, and a post is listed on several pages: each view is made once.
const details = fromStore(() => new Map<string, PostDetail>())
const summaries = fromStore(() => new Map<string, PostSummary>())

export function getPosts(): readonly PostFacts[] {
  return siteContent().posts
}

/** Posts as a listing shows them, with their excerpts. */
export function summariesOf(posts: readonly PostFacts[]): PostSummary[] {
  const { entries, positionByUrl } = siteContent()
  const made = summaries()
  return posts.flatMap((facts) => {
    const known = made.get(facts.url)
    if (known) return [known]
    const entry = entries[positionByUrl.get(facts.url) ?? -1]
    if (!entry) return []
    const summary = summaryView(entry.summary, entry.source.excerptHtml, basePath)
    made.set(facts.url, summary)
    return [summary]
  })
}

/** Full bodies of every post, or of the posts with one tag, newest first. */
export function getPostSources(tagSlug?: string): PostSource[] {
  const { entries, positionByUrl } = siteContent()
  const posts = tagSlug === undefined ? getPosts() : (getTag(tagSlug)?.posts ?? [])
  return posts.flatMap((summary) => {
    const entry = entries[positionByUrl.get(summary.url) ?? -1]
    return entry ? [{ summary, html: bodyHtml(entry.source), jekyll: { id: entry.source.jekyllId, categories: entry.source.categories, path: entry.source.source } }] : []
  })
}

const postFiles = fromStore((store) => new Map(store.posts.map((post) => [post.url, post.source])))

/**
 * The Markdown file behind each post URL, drafts included (paths relative to `content/`), for tools
 * that name the file to fix, such as the link check.
 */
export function getPostFiles(): Map<string, string> {
  return new Map(postFiles())
}

/** URL segments of every post, for `generateStaticParams` of the catch-all post route. */
export function getPostPaths(): string[][] {
  return getPosts().map((post) => postPathSegments(post.url))
}

export function getPostByPath(segments: readonly string[]): PostDetail | undefined {
  const url = postUrlFromSegments(segments)
  const made = details()
  const known = made.get(url)
  if (known) return known
  const detail = postDetail(siteContent(), url, (entry) => bodyHtml(entry.source), { basePath, contentFolder: CONTENT_FOLDER })
  if (detail) made.set(url, detail)
  return detail
}

export function getTags(): readonly TagCount[] {
  return siteContent().lookups.tags
}

export function getTag(slug: string): { tag: TagCount; posts: PostFacts[] } | undefined {
  return siteContent().lookups.tag(slug)
}

export function getAuthors(): readonly AuthorEntry[] {
  return siteContent().lookups.authors
}

export function getAuthor(slug: string): { author: AuthorEntry; posts: PostFacts[] } | undefined {
  return siteContent().lookups.author(slug)
}

export function getArchive(): YearGroup<PostFacts>[] {
  return siteContent().lookups.years
}
