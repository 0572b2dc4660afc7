import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
// Not read: importing it makes `next dev` reload these pages whenever the content step rewrites the store.
import storeVersion from '../../.pressroom/posts/version.json'
import { AUTHORS_FILE, PAGES_FILE, POSTS_FILE, postStoreDir, VERSION_FILE, type PostStore, type StoredPost } from '../content/post-store'
import { parsePostStore } from '../content/post-store-read'
import { assertContentReady } from '../content/status'
import { perVersion } from './per-version'
import type { SiteHtml } from './views'

/**
 * The post store on disk (lib/content/post-store.ts), the only thing the data layer reads: its metadata
 * once per store version, a post's HTML only when something shows that post.
 */

const STORE = postStoreDir(process.env, process.cwd())

/** A build reads one store: its version is fixed for the process, and every lookup of every page asks for it. */
const BUILT_VERSION = JSON.stringify(storeVersion)

/**
 * Which store the pages have. Under next dev a route's bundle may keep an old copy of the version import,
 * so the file's time counts too; the import stays in use there, as it is what makes an open page re-render.
 */
function storeVersionNow(): string {
  return process.env.NODE_ENV === 'development' ? `${JSON.stringify(storeVersion)} ${statSync(join(STORE, VERSION_FILE)).mtimeMs}` : BUILT_VERSION
}

let cache: { version: string; store: PostStore } | undefined

/** The store and its version, read once per process (and again after the content step rewrites it under `next dev`). */
function currentStore(): { version: string; store: PostStore } {
  // Under `npm run dev`, a content error stands in for the stale pages until it is fixed.
  assertContentReady()
  const version = storeVersionNow()
  if (cache?.version !== version) {
    const read = (file: string): unknown => JSON.parse(readFileSync(join(STORE, file), 'utf8'))
    cache = { version, store: parsePostStore(read(POSTS_FILE), read(AUTHORS_FILE), STORE, read(PAGES_FILE)) }
  }
  return cache
}

/** A value made from the store, made again only when the store changes. */
export function fromStore<T>(make: (store: PostStore) => T): () => T {
  return perVersion(currentStore, make)
}

/** A post's HTML as the content step rendered it. */
export function bodyHtml(post: StoredPost): SiteHtml {
  return readFileSync(join(STORE, post.html), 'utf8')
}
