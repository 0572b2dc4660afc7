import { ARCHIVE_YEAR_PAGE_SIZE, yearCounts, type YearCount } from './collections/archive'
import { listPage, pageNumbers } from './collections/pagination'
import { getArchive, getAuthor, getAuthors, getTag, getTags, type AuthorEntry, type PostPage, type PostSummary, type TagCount } from './posts'
import { atLeastOneParam, listingPageSegments, PLACEHOLDER_SEGMENT } from './routes'
import { site } from './site'

/**
 * The paginated listings beyond the home page: each tag's, each author's and each archive year's pages,
 * and the route parameters of all of them. Built on lib/posts.ts's lookups; page maths in lib/collections/pagination.ts.
 */

export type { YearCount }

/** Page `page` of a list of posts, `perPage` to a page, or undefined past its last page. */
function postPage(posts: readonly PostSummary[], page: number, perPage = site.postsPerPage): PostPage | undefined {
  const found = listPage(posts, page, perPage)
  return found && { posts: found.items, page: found.page, totalPages: found.totalPages }
}

/** Page `page` of a tag's listing; page 1 is `/tags/<tag>/`. */
export function getTagPage(slug: string, page: number): { tag: TagCount; listing: PostPage } | undefined {
  const found = getTag(slug)
  const listing = found && postPage(found.posts, page)
  return found && listing && { tag: found.tag, listing }
}

/** Every page of every tag's listing, as the `[tag]/[[...page]]` route's parameters. */
export function getTagPageParams(): { tag: string; page: string[] }[] {
  const params = getTags().flatMap((tag) => pageNumbers(tag.count, site.postsPerPage).map((page) => ({ tag: tag.slug, page: listingPageSegments(page) })))
  return atLeastOneParam(params, { tag: PLACEHOLDER_SEGMENT, page: [] })
}

/** Page `page` of an author's listing; page 1 is `/authors/<author>/`. */
export function getAuthorPage(slug: string, page: number): { author: AuthorEntry; listing: PostPage } | undefined {
  const found = getAuthor(slug)
  const listing = found && postPage(found.posts, page)
  return found && listing && { author: found.author, listing }
}

/** Every page of every author's listing, as the `[author]/[[...page]]` route's parameters. */
export function getAuthorPageParams(): { author: string; page: string[] }[] {
  const params = getAuthors().flatMap((author) => pageNumbers(author.count, site.postsPerPage).map((page) => ({ author: author.slug, page: listingPageSegments(page) })))
  return atLeastOneParam(params, { author: PLACEHOLDER_SEGMENT, page: [] })
}

let years: Map<number, PostSummary[]> | undefined

/** Every year with posts, newest first, with how many it has. */
export function getArchiveYears(): YearCount[] {
  return yearCounts(getArchive())
}

/** Page `page` of one year of the archive, `ARCHIVE_YEAR_PAGE_SIZE` posts to a page. */
export function getArchiveYearPage(year: number, page: number): { year: YearCount; listing: PostPage } | undefined {
  years ??= new Map(getArchive().map((group) => [group.year, group.posts]))
  const posts = years.get(year)
  const listing = posts && postPage(posts, page, ARCHIVE_YEAR_PAGE_SIZE)
  return posts && listing && { year: { year, count: posts.length }, listing }
}

/** Every page of every archive year, as the `[year]/[[...page]]` route's parameters. */
export function getArchiveYearPageParams(): { year: string; page: string[] }[] {
  const params = getArchiveYears().flatMap(({ year, count }) => pageNumbers(count, ARCHIVE_YEAR_PAGE_SIZE).map((page) => ({ year: String(year), page: listingPageSegments(page) })))
  return atLeastOneParam(params, { year: PLACEHOLDER_SEGMENT, page: [] })
}
