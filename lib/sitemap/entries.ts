import { absoluteUrl } from '../urls/paths'
import { getArchiveYearPage, getArchiveYears, getAuthorPage, getAuthors, getPageCount, getPages, getPostPage, getPosts, getTagPage, getTags, type PostFacts, type PostPage } from '../posts'
import { routes } from '../urls/routes'
import { newestOf, type SitemapEntry } from './xml'

/** A page's entry, dated by the newest post it shows (`updated`, so an edit moves it). */
function entry(path: string, posts: readonly PostFacts[]): SitemapEntry {
  return { url: absoluteUrl(path), lastModified: newestOf(posts.map((post) => ({ lastModified: post.updated }))) }
}

/** Every page of a paginated listing, page 1 at its plain URL. */
function pages(first: PostPage | undefined, pageAt: (page: number) => PostPage | undefined, path: (page: number) => string): SitemapEntry[] {
  const total = first?.totalPages ?? 0
  return Array.from({ length: total }, (_, i) => i + 1).flatMap((page) => {
    const listing = page === 1 ? first : pageAt(page)
    return listing ? [entry(path(page), listing.posts)] : []
  })
}

let cache: SitemapEntry[] | undefined

/** Every post, listing, tag, author, archive and stand-alone page of the production site; made once per build. */
export function sitemapEntries(): SitemapEntry[] {
  cache ??= collect()
  return cache
}

function collect(): SitemapEntry[] {
  const posts = getPosts()
  return [
    ...Array.from({ length: getPageCount() }, (_, i) => entry(routes.listing(i + 1), getPostPage(i + 1)?.posts ?? [])),
    entry(routes.archive(), posts),
    ...getArchiveYears().flatMap(({ year }) =>
      pages(getArchiveYearPage(year, 1)?.listing, (page) => getArchiveYearPage(year, page)?.listing, (page) => routes.archiveYear(year, page)),
    ),
    entry(routes.tags(), posts),
    entry(routes.authors(), posts),
    ...posts.map((post) => entry(routes.post(post), [post])),
    // Stand-alone pages (content/pages/) carry no date: dated by the newest post, as the listings are.
    ...getPages().map((page) => entry(routes.page(page), posts)),
    ...getTags().flatMap((tag) => pages(getTagPage(tag.slug, 1)?.listing, (page) => getTagPage(tag.slug, page)?.listing, (page) => routes.tag(tag.slug, page))),
    ...getAuthors().flatMap((a) => pages(getAuthorPage(a.slug, 1)?.listing, (page) => getAuthorPage(a.slug, page)?.listing, (page) => routes.author(a.slug, page))),
  ]
}
