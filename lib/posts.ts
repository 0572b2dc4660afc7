/**
 * The data layer's one entry: everything routes, components and build steps read of the content comes
 * from here. Its parts live in lib/posts/: the store on disk (`store.ts`), the index one build publishes
 * (`published.ts`), the views pages and other outputs get (`views.ts`, `detail.ts`), the paginated
 * listings (`listings.ts`), stand-alone pages (`pages.ts`) and redirects (`redirects.ts`). What it hands
 * out are views, never the store's records.
 */

export type { YearCount } from './collections/archive'
export { yearFromParam } from './collections/archive'
export type { AuthorProfile, AuthorRef } from './collections/authors'
export type { AuthorEntry } from './collections/lookups'
export { pageSuffix } from './collections/pagination'
export type { Series } from './collections/series'
export type { TagCount, TagRef } from './collections/tags'
export type { Heading } from './content/post-store'
export {
  getArchiveYearPage,
  getArchiveYearPageParams,
  getArchiveYears,
  getAuthorPage,
  getAuthorPageParams,
  getPageCount,
  getPostPage,
  getPostPageParams,
  getTagPage,
  getTagPageParams,
} from './posts/listings'
export { getPageByPath, getPages } from './posts/pages'
export { getAuthor, getAuthors, getPostByPath, getPostFiles, getPostPaths, getPosts, getPostSources, getTag, getTags } from './posts/queries'
export { getJekyllUrlCopies, getRedirects, type Redirect } from './posts/redirects'
export type { JekyllIdentity, PageDetail, PageHtml, PageSource, PostDetail, PostFacts, PostLink, PostPage, PostSource, PostSummary, SiteHtml } from './posts/views'
