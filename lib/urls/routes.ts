import { ogImageKey } from '../og'

/**
 * Every URL the site has, site-relative (`/tags/docker/`). Pure and free of the deploy, so the worker,
 * the build and every page can call it: `next/link` adds the base path to page links itself, raw links
 * go through `withBasePath`, feeds and canonical links through `absoluteUrl` (lib/urls/paths.ts).
 *
 * A post's URL is its permalink, computed once by the content build (lib/content/post-computed.ts);
 * everything else about a post (its route segments, its share image) is derived from that, never from
 * its slug or date, so imported permalinks and redirects stay right.
 */

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

/** File name of each feed format, the same in every feed folder (`/` and each tag's). */
export const FEED_FILES: Readonly<Record<FeedFormat, string>> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }

/** The format a feed file name stands for, or undefined for any other name. */
export function feedFormatOf(fileName: string): FeedFormat | undefined {
  return FEED_FORMATS.find((format) => FEED_FILES[format] === fileName)
}

// Characters that would end or change a path segment (or the URL around it) if left in a slug.
const UNSAFE_IN_SEGMENT = /[\s/?#%\\"<>^`{|}\u0000-\u001f\u007f]/gu

/**
 * A slug as one path segment. Slugs from lib/collections are already safe; anything that could split
 * the segment is percent-encoded, and letters outside ASCII are kept as they are, as post permalinks keep them.
 */
function segment(slug: string, what: string): string {
  if (slug.trim() === '') throw new Error(`routes: the ${what} slug is empty`)
  return slug.replace(UNSAFE_IN_SEGMENT, (ch) => encodeURIComponent(ch))
}

function pageNumber(page: number): number {
  if (!Number.isInteger(page) || page < 1) throw new Error(`routes: page ${page} is not a whole number from 1`)
  return page
}

/** A listing's page: page 1 is the listing's own folder, later pages `page/N/` inside it (never `page/1/`). */
function paged(dir: string, page: number): string {
  return dir + listingPageSegments(page).map((part) => `${part}/`).join('')
}

/**
 * The segments a listing page adds to its listing's folder, as an optional catch-all route's parameter:
 * none for page 1, `['page', 'N']` after it. Tag, author and archive-year pages are one route each, so
 * that a listing that fits one page still gives the route a page to export.
 */
export function listingPageSegments(page: number): string[] {
  return pageNumber(page) === 1 ? [] : ['page', String(page)]
}

/** The page number that an optional catch-all's segments stand for, or undefined for any other path. */
export function pageFromListingSegments(segments: readonly string[] | undefined): number | undefined {
  if (segments === undefined || segments.length === 0) return 1
  const [word, number, ...rest] = segments
  return word === 'page' && number !== undefined && rest.length === 0 ? laterPageFromParam(number) : undefined
}

/** The number of a later listing page (`page/N/`) from its URL segment, or undefined for any other text. */
export function laterPageFromParam(param: string): number | undefined {
  if (!/^[1-9][0-9]*$/.test(param)) return undefined
  const page = Number(param)
  // Page 1 is the listing's own URL: `page/1/` is not another name for it.
  return page >= 2 && Number.isSafeInteger(page) ? page : undefined
}

export const routes = {
  home: (): string => '/',

  /** Page `page` of the home listing: page 1 is the home page itself. */
  listing: (page: number): string => (pageNumber(page) === 1 ? '/' : `/page/${page}/`),

  /** Every later listing page at once, as a host's redirect pattern: `placeholder` stands for the page number. */
  listingPattern: (placeholder: string): string => `/page/${placeholder}/`,

  /** A post's page: its permalink, as the content build computed it. */
  post: (post: { url: string }): string => post.url,

  /** A section of a post page, by its heading's id. */
  postSection: (postUrl: string, id: string): string => `${postUrl}#${id}`,

  archive: (): string => '/archive/',

  /** One year of the archive; `page` past 1 names the later pages of a long year. */
  archiveYear: (year: number, page = 1): string => {
    if (!Number.isInteger(year)) throw new Error(`routes: year ${year} is not a whole number`)
    return paged(`/archive/${year}/`, page)
  },

  tags: (): string => '/tags/',

  /** A tag's page; `page` past 1 names the later pages of its listing. */
  tag: (slug: string, page = 1): string => paged(`/tags/${segment(slug, 'tag')}/`, page),

  authors: (): string => '/authors/',

  /** An author's page; `page` past 1 names the later pages of their listing. */
  author: (slug: string, page = 1): string => paged(`/authors/${segment(slug, 'author')}/`, page),

  /** A feed: the site's, or a tag's when `tagSlug` is given. */
  feed: (format: FeedFormat, tagSlug?: string): string => `${tagSlug === undefined ? '/' : routes.tag(tagSlug)}${FEED_FILES[format]}`,

  /** Pressroom's RSS feed when the old site's feed (Atom, kept for its subscribers) holds `/feed.xml`. */
  movedRssFeed: (): string => '/rss.xml',

  /** File name of a post's share image in the share-image folder. */
  shareImageFile: (postUrl: string): string => `${ogImageKey(postUrl)}.png`,

  /** A post's share image, keyed by its permalink so that posts sharing a slug never share an image. */
  shareImage: (postUrl: string): string => `${routes.shareImageDir()}${routes.shareImageFile(postUrl)}`,

  /** The folder share images are served from (written into public/ by scripts/share-images.tsx). */
  shareImageDir: (): string => '/og/',

  /** The search page; with a query, the URL that opens it with that query typed in. */
  search: (query?: string): string => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),

  /** A file of the search index (manifest or shard), served beside the search page. */
  searchIndexFile: (file: string): string => `/search/${file}`,

  /** A stand-alone page of content/pages/: its URL, as the content build computed it (lib/content/page-url.ts). */
  page: (page: { url: string }): string => page.url,

  /** A KaTeX file (its stylesheet, a font), served from the `/katex/[file]` route. */
  katexFile: (file: string): string => `/katex/${file}`,

  /** The script that loads comments when the reader nears them, served by the `/comments/loader.js` route. */
  commentsLoader: (): string => '/comments/loader.js',

  /** Google Analytics' start-up script, served by the `/analytics/ga4.js` route. */
  ga4Init: (): string => '/analytics/ga4.js',

  /** The sitemap robots.txt names: the list of URLs, or past the protocol's limit the index of its parts. */
  sitemap: (): string => '/sitemap.xml',

  /** Part `part` (from 1) of a sitemap split past the protocol's limit. */
  sitemapPart: (part: number): string => `/sitemaps/${routes.sitemapPartFile(part)}`,

  /** File name of a sitemap part, as the `/sitemaps/[part]` route's parameter. */
  sitemapPartFile: (part: number): string => `sitemap-${pageNumber(part)}.xml`,

  robots: (): string => '/robots.txt',
}

/** A post URL as the catch-all route's segments: `/2016/06/20/a/` → `['2016', '06', '20', 'a']`. */
export function postPathSegments(url: string): string[] {
  return url.split('/').filter(Boolean)
}

/** The post URL that catch-all route segments stand for; segments may arrive percent-encoded. */
export function postUrlFromSegments(segments: readonly string[]): string {
  const path = `/${segments.map(decodeURIComponent).join('/')}`
  // Jekyll's `.html` URLs (`/2023/04/20/x.html`) have no trailing slash; every other URL is a folder.
  return /\.html?$/i.test(path) ? path : `${path}/`
}

/**
 * Paths the site's own pages and files hold, which no post may take: a post at `/search/` or
 * `/tags/docker/` would be lost behind that page, or collide with it in the export.
 */
export const RESERVED_PATHS = ['/', ...Object.values(FEED_FILES).map((file) => `/${file}/`), '/rss.xml/', '/sitemap.xml/', '/robots.txt/', '/icon.svg/', '/404/', '/404.html/', '/index.html/'] as const
export const RESERVED_PREFIXES = ['/tags/', '/authors/', '/archive/', '/search/', '/og/', '/_next/', '/page/', '/sitemaps/', '/changes/', '/_pressroom/', '/katex/', '/analytics/', '/comments/'] as const

/**
 * Static export needs at least one page for each dynamic route, and a site may have no tags or no authors
 * (many Jekyll blogs have neither), or fit every post on its home page (so no `/page/N/`). Then this one
 * segment stands in (`/tags/_none/`, `/page/_none/`), and its page is the site's 404: nothing links to it,
 * and the sitemap and feeds never list it.
 */
export const PLACEHOLDER_SEGMENT = '_none'

export function atLeastOneParam<T extends Record<string, string | string[]>>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder]
}
