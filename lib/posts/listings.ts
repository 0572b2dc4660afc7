import { ARCHIVE_YEAR_PAGE_SIZE, yearCounts, type YearCount } from '../collections/archive'
import type { AuthorEntry } from '../collections/lookups'
import { listPage, pageCount, pageNumbers } from '../collections/pagination'
import type { TagCount } from '../collections/tags'
import { atLeastOneParam, listingPageSegments, PLACEHOLDER_SEGMENT } from '../urls/routes'
import { site } from '../site'
import { fromStore } from './store'
import { getArchive, getAuthor, getAuthors, getPosts, getTag, getTags, summariesOf } from './queries'
import type { PostFacts, PostPage } from './views'

/**
 * Every paginated listing, one page maths for all (lib/collections/pagination.ts): the home page's, each
 * tag's, each author's and each archive year's pages, and the route parameters of all of them. Page 1 is
 * the listing's plain URL, so only later pages get a parameter of their own.
 */

/** Page `page` of a list of posts, `perPage` to a page, or undefined past its last page. */
function postPage(posts: readonly PostFacts[], page: number, perPage = site.postsPerPage): PostPage | undefined {
  const found = listPage(posts, page, perPage)
  return found && { posts: summariesOf(found.items), page: found.page, totalPages: found.totalPages }
}

/** How many pages the home listing has. */
export function getPageCount(): number {
  return pageCount(getPosts().length, site.postsPerPage)
}

/**
 * Every page of each listing of one kind (`count` posts each), keyed by the listing's slug, as its
 * `[key]/[[...page]]` route's parameters; the placeholder when there is no listing of that kind.
 */
function everyPage(listings: readonly { slug: string; count: number }[], perPage: number): { key: string; page: string[] }[] {
  const params = listings.flatMap(({ slug, count }) => pageNumbers(count, perPage).map((page) => ({ key: slug, page: listingPageSegments(page) })))
  return atLeastOneParam(params, { key: PLACEHOLDER_SEGMENT, page: [] })
}

/** Page `page` of the home listing; page 1 is the home page. */
export function getPostPage(page: number): PostPage | undefined {
  return postPage(getPosts(), page)
}

/**
 * The later pages of the home listing (`/page/N/` from 2), as the `page/[page]` route's parameters. When
 * every post fits on the home page the placeholder stands in, as static export needs one page per route.
 */
export function getPostPageParams(): { page: string }[] {
  const params = pageNumbers(getPosts().length, site.postsPerPage).slice(1).map((page) => ({ page: String(page) }))
  return atLeastOneParam(params, { page: PLACEHOLDER_SEGMENT })
}

/** Page `page` of a tag's listing; page 1 is `/tags/<tag>/`. */
export function getTagPage(slug: string, page: number): { tag: TagCount; listing: PostPage } | undefined {
  const found = getTag(slug)
  const listing = found && postPage(found.posts, page)
  return found && listing && { tag: found.tag, listing }
}

/** Every page of every tag's listing, as the `[tag]/[[...page]]` route's parameters. */
export function getTagPageParams(): { tag: string; page: string[] }[] {
  return everyPage(getTags(), site.postsPerPage).map(({ key, page }) => ({ tag: key, page }))
}

/** Page `page` of an author's listing; page 1 is `/authors/<author>/`. */
export function getAuthorPage(slug: string, page: number): { author: AuthorEntry; listing: PostPage } | undefined {
  const found = getAuthor(slug)
  const listing = found && postPage(found.posts, page)
  return found && listing && { author: found.author, listing }
}

/** Every page of every author's listing, as the `[author]/[[...page]]` route's parameters. */
export function getAuthorPageParams(): { author: string; page: string[] }[] {
  return everyPage(getAuthors(), site.postsPerPage).map(({ key, page }) => ({ author: key, page }))
}

const years = fromStore(() => new Map(getArchive().map((group) => [group.year, group.posts])))

/** Every year with posts, newest first, with how many it has. */
export function getArchiveYears(): YearCount[] {
  return yearCounts(getArchive())
}

/** Page `page` of one year of the archive, `ARCHIVE_YEAR_PAGE_SIZE` posts to a page. */
export function getArchiveYearPage(year: number, page: number): { year: YearCount; listing: PostPage } | undefined {
  const posts = years().get(year)
  const listing = posts && postPage(posts, page, ARCHIVE_YEAR_PAGE_SIZE)
  return posts && listing && { year: { year, count: posts.length }, listing }
}

/** Every page of every archive year, as the `[year]/[[...page]]` route's parameters. */
export function getArchiveYearPageParams(): { year: string; page: string[] }[] {
  const years = getArchiveYears().map(({ year, count }) => ({ slug: String(year), count }))
  return everyPage(years, ARCHIVE_YEAR_PAGE_SIZE).map(({ key, page }) => ({ year: key, page }))
}
