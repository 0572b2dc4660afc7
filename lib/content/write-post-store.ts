// Writes the post store (lib/content/post-store.ts) from Contentlayer's per-document files, one document in
// memory at a time, so its cost grows with the posts and never with the largest file. Contentlayer runs it
// (contentlayer.config.ts, onSuccess) after every build and every rebuild of `contentlayer2 dev`; on a
// rebuild, only the documents Contentlayer rewrote are read again (it leaves unchanged ones untouched).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tagMergeWarnings } from './tag-merges'
import { assertUrlClaims } from './url-claims'
import { AUTHORS_FILE, htmlFileName, PAGES_FILE, POSTS_FILE, storedAuthorFrom, storedPageFrom, storedPostFrom, VERSION_FILE, type StoredPost } from './post-store'

/** The documents of one Contentlayer type, by file name: each `<type>/<flattened path>.json` but the index. */
function documents(generated: string, type: string): string[] {
  let names: string[]
  try {
    names = readdirSync(join(generated, type))
  } catch {
    return []
  }
  // Contentlayer never deletes the file of a document that is gone (renamed, removed, or from another
  // content folder): its index module lists the documents of this build, so only those are read.
  const listed = listedDocuments(join(generated, type, '_index.mjs'))
  return names.filter((name) => name.endsWith('.json') && !name.startsWith('_') && (listed === undefined || listed.has(name))).sort().map((name) => join(generated, type, name))
}

/** The document files an `_index.mjs` imports (`import x from './posts__a.md.json'`), if it is there. */
export function listedDocuments(indexFile: string): Set<string> | undefined {
  let text: string
  try {
    text = readFileSync(indexFile, 'utf8')
  } catch {
    return undefined
  }
  return new Set([...text.matchAll(/from ["']\.\/([^"']+\.json)["']/g)].flatMap((match) => (match[1] ? [match[1]] : [])))
}

/** A document file as the last write into a store saw it: unchanged while its size and time are. */
type Seen = { store: string; stamp: string; post: StoredPost }

/** Per process (the long-lived `contentlayer2 dev` one above all), by document file. */
const seen = new Map<string, Seen>()

const stampOf = (file: string): string => {
  const stat = statSync(file)
  return `${stat.size}:${stat.mtimeMs}`
}

/**
 * The post of `file`, its body linked from the store that last had it when the file is unchanged since;
 * `fresh` when its body was written from the document.
 */
function writePost(file: string, store: string, staging: string, html: string): { post: StoredPost; fresh: boolean } {
  const stamp = stampOf(file)
  const before = seen.get(file)
  if (before && before.store === store && before.stamp === stamp) {
    try {
      linkSync(join(store, before.post.html), join(staging, html))
      const post = { ...before.post, html }
      seen.set(file, { store, stamp, post })
      return { post, fresh: false }
    } catch {
      // The old store is gone or refuses links: read the document again.
    }
  }
  const { post, body } = storedPostFrom(JSON.parse(readFileSync(file, 'utf8')), html)
  writeFileSync(join(staging, html), body)
  seen.set(file, { store, stamp, post })
  return { post, fresh: true }
}

function sameFile(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b))
  } catch {
    return false
  }
}

export function writePostStore(generated: string, store: string): number {
  const staging = `${store}.writing-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(join(staging, 'html'), { recursive: true })
  const posts: StoredPost[] = []
  const fresh: string[] = []
  try {
    for (const file of documents(generated, 'Post')) {
      const written = writePost(file, store, staging, htmlFileName(posts.length))
      posts.push(written.post)
      if (written.fresh) fresh.push(written.post.html)
    }
    const authors = documents(generated, 'Author').map((file) => storedAuthorFrom(JSON.parse(readFileSync(file, 'utf8'))))
    const pages = documents(generated, 'Page').map((file) => storedPageFrom(JSON.parse(readFileSync(file, 'utf8'))))
    // Before `next build` reads the store: no URL of content may be a file the export writes itself.
    assertUrlClaims(posts, pages, process.cwd())
    for (const warning of tagMergeWarnings(posts)) console.warn(warning)
    writeFileSync(join(staging, POSTS_FILE), JSON.stringify(posts))
    writeFileSync(join(staging, AUTHORS_FILE), JSON.stringify(authors))
    writeFileSync(join(staging, PAGES_FILE), JSON.stringify(pages))
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  // A store that holds this already (a rebuild that changed nothing the pages read) is left as it is: a
  // new version would re-render the open pages for nothing.
  const unchanged = [POSTS_FILE, AUTHORS_FILE, PAGES_FILE, ...fresh].every((name) => sameFile(join(staging, name), join(store, name)))
  if (unchanged && existsSync(join(store, VERSION_FILE))) {
    rmSync(staging, { recursive: true, force: true })
    return posts.length
  }
  writeFileSync(join(staging, VERSION_FILE), JSON.stringify({ written: new Date().toISOString(), posts: posts.length }))
  // Swapped in whole: a reader sees the old store or the new one, never half of each.
  rmSync(store, { recursive: true, force: true })
  renameSync(staging, store)
  return posts.length
}
