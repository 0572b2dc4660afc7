import { createHash } from 'node:crypto'
import { renderedText } from './text'

/**
 * The content manifest every build writes into its export (`/_pressroom/manifest.json`), so that a preview
 * can say what it changes against production. It lists each published post's URL, slug, title, date, tags
 * and the sha256 of its rendered text; the text itself sits beside it in `text/<hash>.txt`, addressed by
 * its hash, so a preview fetching production's manifest downloads only the texts of posts that differ.
 * No page loads any of it: it costs readers nothing.
 */
export const MANIFEST_DIR = '_pressroom'
export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_VERSION = 1

export type ManifestPost = {
  url: string
  slug: string
  title: string
  /** ISO instant */
  date: string
  tags: string[]
  draft: boolean
  /** sha256 of the rendered text, hex */
  hash: string
  /** the text's path relative to the manifest */
  text: string
}

export type Manifest = { version: typeof MANIFEST_VERSION; posts: ManifestPost[] }

/** What the manifest is made from: a post's entry, with its rendered HTML in place of the text's hash and path. */
export type ManifestSource = Omit<ManifestPost, 'hash' | 'text'> & { html: string }

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export function textPath(hash: string): string {
  return `text/${hash}.txt`
}

/** The manifest of a build's posts, and the texts it points at (hash → text). */
export function buildManifest(posts: readonly ManifestSource[]): { manifest: Manifest; texts: Map<string, string> } {
  const texts = new Map<string, string>()
  const entries = posts.map((post): ManifestPost => {
    const text = renderedText(post.html)
    const hash = textHash(text)
    texts.set(hash, text)
    return { url: post.url, slug: post.slug, title: post.title, date: post.date, tags: [...post.tags], draft: post.draft, hash, text: textPath(hash) }
  })
  return { manifest: { version: MANIFEST_VERSION, posts: entries }, texts }
}

/**
 * Reads a manifest written by another build (production's, fetched, or the base branch's). It is data
 * from elsewhere, so each field is checked; `from` names where it came from in the error.
 */
export function parseManifest(value: unknown, from: string): Manifest {
  const fail = (what: string): never => {
    throw new Error(`${from}: ${what}. Fix: rebuild that site so it writes a Pressroom manifest of version ${MANIFEST_VERSION}`)
  }
  if (!isRecord(value)) return fail('is not a JSON object')
  if (value.version !== MANIFEST_VERSION) return fail(`has version ${JSON.stringify(value.version)}, not ${MANIFEST_VERSION}`)
  if (!Array.isArray(value.posts)) return fail('has no "posts" list')
  const posts = value.posts.map((post: unknown, i): ManifestPost => {
    if (!isRecord(post)) return fail(`post ${i} is not an object`)
    const text = (key: string): string => {
      const field = post[key]
      return typeof field === 'string' ? field : fail(`post ${i} has no text field "${key}"`)
    }
    const tags = post.tags
    if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) return fail(`post ${i} has no list of tags`)
    if (typeof post.draft !== 'boolean') return fail(`post ${i} has no "draft" flag`)
    const hash = text('hash')
    if (!/^[0-9a-f]{64}$/.test(hash)) return fail(`post ${i} has a "hash" that is not sha256 hex`)
    const url = text('url')
    if (!url.startsWith('/') || url.startsWith('//')) return fail(`post ${i} has a "url" that is not site-relative`)
    if (text('text') !== textPath(hash)) return fail(`post ${i} points its text somewhere other than ${textPath(hash)}`)
    return { url, slug: text('slug'), title: text('title'), date: text('date'), tags, draft: post.draft, hash, text: textPath(hash) }
  })
  return { version: MANIFEST_VERSION, posts }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
