import type { AuthorRef } from '../collections/authors'
import type { Series } from '../collections/series'
import type { TagRef } from '../collections/tags'
import type { Heading } from '../content/post-store'
import { clipExcerptHtml } from '../markdown/clip-excerpt'
import { rebaseHtml } from '../markdown/rebase'

/**
 * What pages and other outputs get of the content: small typed views, never the store's records, so that
 * nothing reaches a page (or a client bundle) that the page does not show. URLs in a view are site-relative
 * (`/2016/06/20/a/`): `next/link` and `withBasePath` (lib/urls/paths.ts) add the base path where they are used.
 * HTML is put into a page as it is, so each view's type says which base its HTML has.
 */

/**
 * HTML as the content step stored it: its root-relative URLs are site-relative (`/images/a.png`), the same
 * for every deploy. For what is not a page: feeds make the URLs absolute, search and previews read the text.
 */
export type SiteHtml = string

/** HTML as this deploy's pages serve it: the base path is in every root-relative URL (`/blog/images/a.png`). */
export type PageHtml = string

/** The one place the data layer puts the deploy's base path into HTML. */
export function toPageHtml(html: SiteHtml, basePath: string): PageHtml {
  return rebaseHtml(html, basePath)
}

/** What every view of a post shares: its facts, without HTML. */
export type PostFacts = {
  slug: string
  url: string
  title: string
  /** ISO instants; format them with lib/format/dates.ts (`siteDate`). */
  date: string
  updated: string
  authors: AuthorRef[]
  tags: TagRef[]
  description: string
  readingMinutes: number
  isDraft: boolean
}

/** A post as a listing shows it: its facts and its excerpt. */
export type PostSummary = PostFacts & { excerptHtml: PageHtml }

export type PostLink = Pick<PostFacts, 'title' | 'url'>

/** A post as its own page shows it. */
export type PostDetail = PostSummary & {
  html: PageHtml
  headings: Heading[]
  previous: PostLink | undefined
  next: PostLink | undefined
  related: PostFacts[]
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

/** What the old Jekyll site knew a post by, for feeds kept at their old path (lib/feeds/kept.ts). */
export type JekyllIdentity = { id: string; categories: string[]; path: string }

/** A post's full body, for output that is not a page (feeds, search, previews). */
export type PostSource = { summary: PostFacts; html: SiteHtml; jekyll: JekyllIdentity }

/** One page of a listing (home, tag, author, archive year). */
export type PostPage = { posts: PostSummary[]; page: number; totalPages: number }

/** A stand-alone page (content/pages/), for output that is not its page (search, the sitemap). */
export type PageSource = { url: string; title: string; description: string; html: SiteHtml }

/** A stand-alone page as its own page shows it. */
export type PageDetail = Omit<PageSource, 'html'> & { html: PageHtml }

/** A post as a listing shows it. Listings show the excerpt cut to a readable length; the post page has the full text. */
export function summaryView(facts: PostFacts, excerptHtml: SiteHtml, basePath: string): PostSummary {
  return { ...facts, excerptHtml: toPageHtml(clipExcerptHtml(excerptHtml), basePath) }
}

export function pageView(page: PageSource, basePath: string): PageDetail {
  return { ...page, html: toPageHtml(page.html, basePath) }
}
