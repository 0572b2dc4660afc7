// Writes the post store (lib/content/post-store.ts) from Contentlayer's per-document files, one document in
// memory at a time, so its cost grows with the posts and never with the largest file. Contentlayer runs it
// (contentlayer.config.ts, onSuccess) after every build and every rebuild of `contentlayer2 dev`; on a
// rebuild, only the documents Contentlayer rewrote are read again (it leaves unchanged ones untouched).
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** The post of `file`, its body linked from the store that last had it when the file is unchanged since. */
function writePost(file: string, store: string, staging: string, html: string): StoredPost {
  const stamp = stampOf(file)
  const before = seen.get(file)
  if (before && before.store === store && before.stamp === stamp) {
    try {
      linkSync(join(store, before.post.html), join(staging, html))
      const post = { ...before.post, html }
      seen.set(file, { store, stamp, post })
      return post
    } catch {
      // The old store is gone or refuses links: read the document again.
    }
  }
  const { post, body } = storedPostFrom(JSON.parse(readFileSync(file, 'utf8')), html)
  writeFileSync(join(staging, html), body)
  seen.set(file, { store, stamp, post })
  return post
}

export function writePostStore(generated: string, store: string): number {
  const staging = `${store}.writing-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(join(staging, 'html'), { recursive: true })
  const posts: StoredPost[] = []
  try {
    for (const file of documents(generated, 'Post')) posts.push(writePost(file, store, staging, htmlFileName(posts.length)))
    const authors = documents(generated, 'Author').map((file) => storedAuthorFrom(JSON.parse(readFileSync(file, 'utf8'))))
    writeFileSync(join(staging, POSTS_FILE), JSON.stringify(posts))
    writeFileSync(join(staging, AUTHORS_FILE), JSON.stringify(authors))
    writeFileSync(join(staging, PAGES_FILE), JSON.stringify(documents(generated, 'Page').map((file) => storedPageFrom(JSON.parse(readFileSync(file, 'utf8'))))))
    writeFileSync(join(staging, VERSION_FILE), JSON.stringify({ written: new Date().toISOString(), posts: posts.length }))
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  // Swapped in whole: a reader sees the old store or the new one, never half of each.
  rmSync(store, { recursive: true, force: true })
  renameSync(staging, store)
  return posts.length
}
