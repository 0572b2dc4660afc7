import { AUTHORS_FILE, headings, isFields, PAGES_FILE, POSTS_FILE, type PostStore, type StoredAuthor, type StoredPage, type StoredPost } from './post-store'

const STORE_FIX = 'rebuild content with `npm run content`'

/** Reads back a store's metadata, checking its shape: the store is ours, but a stale or torn one must say so. */
export function parsePostStore(posts: unknown, authors: unknown, where: string, pages: unknown = []): PostStore {
  if (!Array.isArray(posts) || !posts.every(isStoredPost)) throw new Error(`${where}/${POSTS_FILE} is not a post store written by this version. Fix: ${STORE_FIX}`)
  if (!Array.isArray(authors) || !authors.every(isStoredAuthor)) throw new Error(`${where}/${AUTHORS_FILE} is not an author list written by this version. Fix: ${STORE_FIX}`)
  if (!Array.isArray(pages) || !pages.every(isStoredPage)) throw new Error(`${where}/${PAGES_FILE} is not a page list written by this version. Fix: ${STORE_FIX}`)
  return { posts, authors, pages }
}

function isStoredPage(value: unknown): value is StoredPage {
  return isFields(value) && [value.file, value.url, value.title, value.excerptText, value.html].every(isText) && isOptionalText(value.description)
}

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText)
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value)

function isStoredPost(value: unknown): value is StoredPost {
  if (!isFields(value)) return false
  const { file, source, url, slug, title, date, updated, excerptHtml, excerptText, html, jekyllId } = value
  return [file, source, url, slug, title, date, updated, excerptHtml, excerptText, html, jekyllId].every(isText) &&
    isTextList(value.authors) && isTextList(value.tags) && isTextList(value.redirectFrom) && isTextList(value.categories) &&
    isOptionalText(value.description) && isOptionalText(value.redirectTo) && isOptionalText(value.series) && isOptionalText(value.jekyllUrl) && isOptionalText(value.disqusIdentifier) && typeof value.comments === 'boolean' &&
    typeof value.readingMinutes === 'number' && typeof value.isDraft === 'boolean' &&
    Array.isArray(value.headings) && headings(value.headings).length === value.headings.length
}

function isStoredAuthor(value: unknown): value is StoredAuthor {
  return isFields(value) && isText(value.name) && isOptionalText(value.bio) && isOptionalText(value.avatar) &&
    Array.isArray(value.links) && value.links.every((l: unknown) => isFields(l) && isText(l.label) && isText(l.url))
}
