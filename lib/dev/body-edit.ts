// The dev loop's quick answer to an edit of a post's text alone: the post's new HTML and the fields read
// from it are put into the post store at once, while Contentlayer's rebuild (seconds at 1,000 posts: it
// re-serialises every document on every change) follows and writes the same store again, checked.
// Front matter is what Contentlayer checks, so an edit that touches it takes the checked path only.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Heading } from '../content/post-store'
import { POSTS_FILE, VERSION_FILE } from '../content/post-store'

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/

/** A prepared post's front matter as written, fences included; '' when it has none. */
export function frontMatterBlock(source: string): string {
  return FRONT_MATTER.exec(source)?.[0] ?? ''
}

/** True when `after` differs from `before` in its text only: same front matter, byte for byte. */
export function isBodyOnlyEdit(before: string, after: string): boolean {
  const front = frontMatterBlock(before)
  return front !== '' && before !== after && frontMatterBlock(after) === front
}

/** What the store keeps that is read from a post's HTML. */
export type BodyFields = { excerptHtml: string; excerptText: string | undefined; headings: Heading[]; readingMinutes: number }

const writeWhole = (path: string, text: string) => {
  writeFileSync(`${path}.${process.pid}`, text)
  renameSync(`${path}.${process.pid}`, path)
}

/**
 * Puts the post read from `file` (its prepared path, `posts/…`) into the store with a new body: its HTML
 * file, the fields read from the body (`excerptText` undefined keeps the front matter's own excerpt), then a
 * new version, so that open pages re-render. False, and nothing written, when the store has no such post.
 */
export function patchPostBody(store: string, file: string, html: string, fields: BodyFields): boolean {
  const posts: unknown = JSON.parse(readFileSync(join(store, POSTS_FILE), 'utf8'))
  if (!Array.isArray(posts)) return false
  const at = posts.findIndex((post: unknown) => typeof post === 'object' && post !== null && 'file' in post && post.file === file)
  const post: unknown = posts[at]
  if (at === -1 || typeof post !== 'object' || post === null || !('html' in post) || typeof post.html !== 'string') return false
  const { excerptText, ...rest } = fields
  posts[at] = { ...post, ...rest, ...(excerptText === undefined ? {} : { excerptText }) }
  writeWhole(join(store, post.html), html)
  writeWhole(join(store, POSTS_FILE), JSON.stringify(posts))
  writeWhole(join(store, VERSION_FILE), JSON.stringify({ written: new Date().toISOString(), posts: posts.length }))
  return true
}
