import { join } from 'node:path'
import { ContentError } from './error'
import { toHtml } from 'hast-util-to-html'
import { namedBy, siteUrlPath } from '../urls/safe-path'

/**
 * The post store: what pages read of each post, written once per content build from Contentlayer's
 * per-document files (scripts/write-post-store.ts). Listings, lookups and feeds read one small metadata file;
 * a post's HTML sits in a file of its own, read only by what shows that post. Contentlayer's own
 * `_index.json` holds every body in one string, which a page-rendering worker would have to parse whole
 * (and V8 cannot hold past ~512 MB): pages never read it.
 */

/** A section heading of a post, for its table of contents. */
export type Heading = { depth: 2 | 3; id: string; text: string }

export type StoredPost = {
  /** The prepared file Contentlayer read, relative to the prepared content folder (`posts/…`). */
  file: string
  /** The author's own file, relative to `content/` (`posts/…`), for messages and "Edit this post". */
  source: string
  url: string
  slug: string
  title: string
  /** ISO instants. */
  date: string
  updated: string
  authors: string[]
  tags: string[]
  excerptHtml: string
  excerptText: string
  description: string | undefined
  readingMinutes: number
  isDraft: boolean
  headings: Heading[]
  redirectFrom: string[]
  redirectTo: string | undefined
  /** Front matter `series:`: posts sharing it list each other. */
  series: string | undefined
  /** False when the front matter says `comments: false`. */
  comments: boolean
  /** Jekyll's URL when the export cannot use it (spaces, quotes): the post is also copied there. */
  jekyllUrl: string | undefined
  /** Jekyll's `post.id` (lib/feeds/jekyll-id.ts), site-relative: the entry id a kept jekyll-feed feed writes. */
  jekyllId: string
  /** Front matter `disqus_identifier`: the comment thread's key when the old site set one. */
  disqusIdentifier: string | undefined
  /** Jekyll's categories (front matter and the folders above `_posts`): a kept category feed's posts. */
  categories: string[]
  /** The post's HTML file, relative to the store. */
  html: string
}

/** A stand-alone page (`content/pages/`): few and small, so its HTML is kept inline. */
export type StoredPage = { file: string; url: string; title: string; description: string | undefined; excerptText: string; html: string }

export type StoredAuthor = { name: string; bio: string | undefined; avatar: string | undefined; links: { label: string; url: string }[] }

export type PostStore = { posts: StoredPost[]; authors: StoredAuthor[]; pages: StoredPage[] }

export const POSTS_FILE = 'posts.json'
export const AUTHORS_FILE = 'authors.json'
export const PAGES_FILE = 'pages.json'
/** Rewritten with each store, so that `next dev` reloads the pages that read it. */
export const VERSION_FILE = 'version.json'

/** Where the store is: `PRESSROOM_POST_STORE` (a preview's base build has its own), else `.pressroom/posts/`. */
export function postStoreDir(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  return env.PRESSROOM_POST_STORE || join(cwd, '.pressroom', 'posts')
}

/** The HTML file of the n-th post of a store. */
export function htmlFileName(n: number): string {
  return join('html', `${n}.html`)
}

type Fields = Record<string, unknown>

export const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What Contentlayer wrote for one post (its per-document JSON), checked field by field, as the store keeps it. */
export function storedPostFrom(doc: unknown, html: string): { post: StoredPost; body: string } {
  if (!isFields(doc) || !isFields(doc._raw) || typeof doc._raw.sourceFilePath !== 'string') {
    throw new Error('a Contentlayer document without _raw.sourceFilePath. Fix: rebuild content with `npm run content`')
  }
  const file = doc._raw.sourceFilePath
  const body = isFields(doc.body) && typeof doc.body.html === 'string' ? doc.body.html : undefined
  if (body === undefined) throw new ContentError(file, 'body', 'Contentlayer wrote no HTML for it', 'rebuild content with `npm run content`')
  const text = (field: string): string => {
    const value = doc[field]
    if (typeof value === 'string') return value
    throw new ContentError(file, field, 'computed value is not text', 'rebuild content with `npm run content`')
  }
  const optionalText = (field: string): string | undefined => (doc[field] === undefined || doc[field] === null ? undefined : text(field))
  const strings = (field: string, named: string): string[] => {
    const value = doc[field]
    if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value
    throw new ContentError(file, named, 'computed value is not a list of text', 'rebuild content with `npm run content`')
  }
  const urls = (field: string): string[] => {
    const value = doc[field]
    if (value === undefined || value === null) return []
    if (typeof value === 'string') return [value]
    if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value
    throw new ContentError(file, field, 'expected a URL or a list of URLs', `write ${field}: /old/path/`)
  }
  const minutes = doc.readingMinutes
  if (typeof minutes !== 'number') throw new ContentError(file, 'readingMinutes', 'computed value is not a number', 'rebuild content with `npm run content`')
  return {
    body,
    post: {
      file,
      source: text('sourcePath'),
      url: text('url'),
      slug: text('postSlug'),
      title: text('title'),
      date: text('publishedAt'),
      updated: text('updatedAt'),
      authors: strings('authorList', 'author'),
      tags: strings('tagList', 'tags'),
      // The front matter's own `excerpt:` is what listings show, as in Jekyll; else the body's first part.
      excerptHtml: ownExcerptHtml(optionalText('excerpt')) ?? text('excerptHtml'),
      excerptText: optionalText('excerpt') ?? text('excerptText'),
      description: optionalText('description'),
      readingMinutes: minutes,
      isDraft: doc.isDraft === true,
      headings: headings(doc.headings),
      redirectFrom: urls('redirect_from').map((from) => namedBy(file, 'redirect_from', () => siteUrlPath(from))),
      redirectTo: redirectTarget(file, urls('redirect_to')[0]),
      series: optionalText('series'),
      comments: doc.comments !== false,
      jekyllUrl: optionalText('jekyllUrl') || undefined,
      jekyllId: text('jekyllId'),
      disqusIdentifier: optionalText('disqus_identifier'),
      categories: strings('categoryList', 'categories'),
      html,
    },
  }
}

/** `redirect_to` may leave the site (`https://…`); a path of this site follows the path rule. */
function redirectTarget(file: string, to: string | undefined): string | undefined {
  return to === undefined || /^https?:\/\//i.test(to) ? to : namedBy(file, 'redirect_to', () => siteUrlPath(to))
}

export function headings(value: unknown): Heading[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown): Heading[] => {
    if (!isFields(item)) return []
    const { depth, id, text } = item
    return (depth === 2 || depth === 3) && typeof id === 'string' && typeof text === 'string' ? [{ depth, id, text }] : []
  })
}

/** A page as Contentlayer wrote it (`content/pages/*.md`). */
export function storedPageFrom(doc: unknown): StoredPage {
  if (!isFields(doc) || !isFields(doc._raw) || typeof doc._raw.sourceFilePath !== 'string') throw new Error('a page document without _raw.sourceFilePath. Fix: rebuild content with `npm run content`')
  const file = doc._raw.sourceFilePath
  const html = isFields(doc.body) && typeof doc.body.html === 'string' ? doc.body.html : undefined
  const { url, title, description, excerptText } = doc
  if (html === undefined || typeof url !== 'string' || typeof title !== 'string' || typeof excerptText !== 'string' || !(description === undefined || typeof description === 'string')) {
    throw new ContentError(file, 'page', 'Contentlayer wrote an incomplete page', 'rebuild content with `npm run content`')
  }
  return { file, url, title, description, excerptText, html }
}

/** An author profile as Contentlayer wrote it (`content/authors/*.yml`). */
export function storedAuthorFrom(doc: unknown): StoredAuthor {
  if (!isFields(doc) || typeof doc.name !== 'string') throw new Error('an author document without a name. Fix: rebuild content with `npm run content`')
  const links = Array.isArray(doc.links) ? doc.links.filter(isFields).flatMap((l) => (typeof l.label === 'string' && typeof l.url === 'string' ? [{ label: l.label, url: l.url }] : [])) : []
  const file = isFields(doc._raw) && typeof doc._raw.sourceFilePath === 'string' ? doc._raw.sourceFilePath : `the author ${doc.name}`
  const avatar = typeof doc.avatar !== 'string' || /^https?:\/\//i.test(doc.avatar) ? doc.avatar : namedBy(file, 'avatar', () => siteUrlPath(String(doc.avatar)))
  return { name: doc.name, bio: typeof doc.bio === 'string' ? doc.bio : undefined, avatar: typeof avatar === 'string' ? avatar : undefined, links }
}

/** A front-matter excerpt (text, as written) as the paragraph a listing shows. */
function ownExcerptHtml(excerpt: string | undefined): string | undefined {
  if (excerpt === undefined) return undefined
  return toHtml({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: excerpt }] })
}
