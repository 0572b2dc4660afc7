import { groupByYear, type YearGroup } from './archive'
import { listAuthors, type AuthorProfile, type AuthorRef } from './authors'
import { indexByTag, relatedPosts } from './related'
import { countTags, type TagCount, type TagRef } from './tags'

export type AuthorEntry = AuthorProfile & { count: number }

type Listed = { url: string; date: string; tags: readonly TagRef[]; authors: readonly AuthorRef[] }

/**
 * Every lookup the pages make, built in one pass over the published posts (newest first), like a
 * content loader: a page asks a map, never scans the list. Lists keep the order of `posts`.
 */
export type Lookups<T extends Listed> = {
  tags: TagCount[]
  tag(slug: string): { tag: TagCount; posts: T[] } | undefined
  authors: AuthorEntry[]
  author(slug: string): { author: AuthorEntry; posts: T[] } | undefined
  years: YearGroup<T>[]
  year(year: number): T[] | undefined
  /** Up to `limit` posts sharing the most tags with `post`, read from the tag index. */
  related(post: T, limit: number): T[]
}

export function buildLookups<T extends Listed>(posts: readonly T[], profiles: readonly AuthorProfile[], timeZone: string): Lookups<T> {
  const byTag = indexByTag(posts)
  const at = (positions: readonly number[] | undefined) => (positions ?? []).flatMap((i) => posts[i] ?? [])
  const tags = countTags(posts)
  const tagBySlug = new Map(tags.map((tag) => [tag.slug, tag]))

  const authors = listAuthors(posts, profiles)
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]))
  const byAuthor = new Map<string, T[]>()
  for (const post of posts) {
    for (const slug of new Set(post.authors.map((a) => a.slug))) {
      const list = byAuthor.get(slug)
      if (list) list.push(post)
      else byAuthor.set(slug, [post])
    }
  }

  const years = groupByYear(posts, timeZone)
  const byYear = new Map(years.map((group) => [group.year, group.posts]))

  return {
    tags,
    tag(slug) {
      const tag = tagBySlug.get(slug)
      return tag && { tag, posts: at(byTag.get(slug)) }
    },
    authors,
    author(slug) {
      const author = authorBySlug.get(slug)
      return author && { author, posts: byAuthor.get(slug) ?? [] }
    },
    years,
    year: (year) => byYear.get(year),
    related: (post, limit) => relatedPosts(post, posts, byTag, limit),
  }
}
