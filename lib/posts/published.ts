import { authorSlug, type AuthorProfile } from '../collections/authors'
import { buildLookups, type Lookups } from '../collections/lookups'
import { tagSlug } from '../collections/tags'
import { ContentError } from '../content/error'
import type { StoredAuthor, StoredPost } from '../content/post-store'
import { ogImageKey } from '../og'
import { routes } from '../urls/routes'
import { truncateText } from '../format/text'
import type { PostFacts } from './views'

/**
 * What one build publishes, as an index built once from the store (pure: the store's records in, maps
 * out), so that no page scans the post list.
 */

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160

/** A published post: its facts, and the stored record the rest of its views are made from. */
export type Entry = { summary: PostFacts; source: StoredPost }

/** What one build publishes, with every map its pages look things up in. */
export type SiteContent = {
  /** Newest first. */
  entries: Entry[]
  posts: PostFacts[]
  /** Where each post URL sits in `entries`. */
  positionByUrl: Map<string, number>
  /** Each post by the key of its share image. */
  byShareImage: Map<string, PostFacts>
  /** The parts of each series (front matter `series:`, trimmed), newest first. */
  series: Map<string, Entry[]>
  lookups: Lookups<PostFacts>
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
    .map((source) => ({ summary: factsOf(source), source }))
}

/** Every lookup the site's pages make, built in one pass per map. */
export function buildSiteContent(posts: readonly StoredPost[], profiles: readonly AuthorProfile[], options: { showDrafts: boolean; timeZone: string }): SiteContent {
  const entries = publishedEntries(posts, options)
  const summaries = entries.map((entry) => entry.summary)
  const byShareImage = new Map<string, PostFacts>()
  const shareImageFile = new Map<string, string>()
  // Each series' parts, found once: a post page looks up its own series, never scans every post.
  const series = new Map<string, Entry[]>()
  for (const entry of entries) {
    const { summary, source } = entry
    const key = ogImageKey(summary.url)
    const other = shareImageFile.get(key)
    if (other !== undefined) {
      throw new ContentError(source.source, 'permalink', `its share image ${routes.shareImage(summary.url)} would also be the one of ${other}`, 'give one of the posts a permalink that differs in more than its trailing slash')
    }
    shareImageFile.set(key, source.source)
    byShareImage.set(key, summary)
    const name = source.series?.trim()
    if (!name) continue
    const parts = series.get(name)
    if (parts) parts.push(entry)
    else series.set(name, [entry])
  }
  return {
    entries,
    posts: summaries,
    positionByUrl: new Map(summaries.map((summary, i) => [summary.url, i])),
    byShareImage,
    series,
    lookups: buildLookups(summaries, profiles, options.timeZone),
  }
}

function factsOf(post: StoredPost): PostFacts {
  const file = post.source
  return {
    slug: post.slug,
    url: post.url,
    title: post.title,
    date: post.date,
    updated: post.updated,
    authors: post.authors.map((name) => ({ name, slug: urlSlug(authorSlug(name), name, file, 'author') })),
    tags: post.tags.map((name) => ({ name, slug: urlSlug(tagSlug(name), name, file, 'tags') })),
    description: post.description ?? truncateText(post.excerptText, DESCRIPTION_LENGTH),
    readingMinutes: post.readingMinutes,
    isDraft: post.isDraft,
  }
}

/** An author profile of `content/authors/`, with the slug its page has. */
export function profileOf(author: StoredAuthor): AuthorProfile {
  return { name: author.name, slug: authorSlug(author.name), bio: author.bio, avatar: author.avatar, links: author.links }
}

/** A tag or author page needs a URL: a name of punctuation or emoji alone slugs to nothing. */
function urlSlug(slug: string, name: string, file: string, field: string): string {
  if (slug !== '') return slug
  throw new ContentError(file, field, `"${name}" has no letter or digit to make its page's URL from`, 'give it a name with at least one letter or digit')
}
