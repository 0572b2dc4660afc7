import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { ContentError } from './error'
import { contentDir } from './dir'
import { contentText, listContentFiles } from './files'
import { listFiles } from '../files/walk.mjs'
import { namedBy, readableInside } from '../urls/safe-path'
import { POST_FILE_EXTENSIONS } from '../jekyll/post-path'
import { siteConfigFrom, type SiteConfig } from '../site'
import { parseSiteJson } from '../site/json'
import { preparedPath, preparePost } from './prepare'
import { assertSourceFiles } from './source-files'

/** Where the prepare step writes what Contentlayer reads (`contentDirPath`). */
export const PREPARED_DIR = '.content'

/** `written`: prepared files whose text changed (relative to `.content/`); `removed`: ones no longer made. */
export type PrepareResult = { posts: number; ignored: string[]; written: string[]; removed: string[]; warnings: string[] }

/**
 * Writes `.content/` from the content folder (`content/`, or PRESSROOM_CONTENT_DIR). A file in `posts/`
 * that is no post stops the build, naming it, unless its name starts with `.` or `_` (which Jekyll skips
 * too; listed as ignored). Every post is prepared before anything is written, so a bad post leaves the
 * last good `.content/` as it was. A build rewrites every file, so Contentlayer (which keys its cache on
 * file times, and knows nothing of includes or site data) redoes every post; `onlyChanged` (the dev
 * loop) writes only files whose text changed, so `contentlayer2 dev` redoes only the posts that did.
 */
export function prepareContent(root: string, now: Date, { onlyChanged = false }: { onlyChanged?: boolean } = {}): PrepareResult {
  const source = contentDir(root)
  // Checked here, before Contentlayer, whose config would report it inside a ConfigReadError's stack trace.
  assertSourceFiles(source)
  const outDir = join(root, PREPARED_DIR)
  const site = readSite(source)
  const ignored: string[] = []
  const warnings: string[] = []
  const wanted = new Map<string, string | Buffer>()
  let posts = 0
  for (const folder of ['posts', 'drafts']) {
    for (const file of listContentFiles(join(source, folder), { boundary: source, shownAs: folder, fileOnlyName: isPostName })) {
      const rel = `${folder}/${file.rel}`
      const { full } = file
      const { text, warning } = contentText(readFileSync(full), rel)
      if (warning !== undefined) warnings.push(warning)
      const prepared = preparePost({ file: rel, source: text, site, now, mtime: statSync(full).mtime })
      if (prepared.kind === 'skipped') {
        if (isIgnored(rel)) {
          ignored.push(`${rel}: ${prepared.reason}`)
          continue
        }
        throw new ContentError(rel, '(file name)', prepared.reason, 'name it YYYY-MM-DD-title.md, or move it out of content/posts/')
      }
      wanted.set(prepared.outPath, prepared.text)
      posts++
    }
  }
  // Authors and stand-alone pages are read as written: copied byte for byte.
  for (const folder of ['authors', 'pages']) {
    for (const file of listContentFiles(join(source, folder), { boundary: source, shownAs: folder })) {
      const bytes = readFileSync(file.full)
      const { warning } = contentText(bytes, posix.join(folder, file.rel))
      if (warning !== undefined) warnings.push(warning)
      wanted.set(posix.join(folder, file.rel), bytes)
    }
  }
  const { written, removed } = syncFolder(outDir, wanted, onlyChanged)
  return { posts, ignored, written, removed, warnings }
}

/**
 * The dev loop's step for one post file that changed (`posts/…` or `drafts/…`, relative to the content
 * folder): its prepared twin rewritten if its text changed, or removed when the file is gone. Throws the
 * post's ContentError, leaving the last good twin in place.
 */
export function preparePostFile(root: string, file: string, now: Date): { written: string[]; removed: string[] } {
  const source = contentDir(root)
  const full = join(source, file)
  const out = preparedPath(file)
  const target = join(root, PREPARED_DIR, out)
  if (!existsSync(full)) {
    if (!existsSync(target)) return { written: [], removed: [] }
    rmSync(target)
    return { written: [], removed: [out] }
  }
  // The same rule as the whole folder's listing: a link out of the content folder, or a FIFO, is named.
  namedBy(file, '(file)', () => readableInside(source, file.split('/'), source))
  if (!statSync(full).isFile()) throw new ContentError(file, '(file)', 'is not a regular file, so it cannot be read as a post', 'remove it from the content folder')
  const prepared = preparePost({ file, source: readFileSync(full, 'utf8'), site: readSite(source), now, mtime: statSync(full).mtime })
  if (prepared.kind === 'skipped') {
    if (isIgnored(file)) return { written: [], removed: [] }
    throw new ContentError(file, '(file name)', prepared.reason, 'name it YYYY-MM-DD-title.md, or move it out of content/posts/')
  }
  const bytes = Buffer.from(prepared.text)
  if (existsSync(target) && readFileSync(target).equals(bytes)) return { written: [], removed: [] }
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, bytes)
  return { written: [prepared.outPath], removed: [] }
}

/** Makes `dir/posts` and `dir/authors` hold exactly `wanted`; `onlyChanged` leaves files whose bytes match. */
function syncFolder(dir: string, wanted: Map<string, string | Buffer>, onlyChanged: boolean): { written: string[]; removed: string[] } {
  const written: string[] = []
  const removed: string[] = []
  for (const folder of ['posts', 'authors', 'pages']) {
    mkdirSync(join(dir, folder), { recursive: true })
    for (const file of preparedFiles(join(dir, folder))) {
      const rel = `${folder}/${relative(join(dir, folder), file).split('\\').join('/')}`
      if (wanted.has(rel)) continue
      rmSync(file)
      removed.push(rel)
    }
  }
  for (const [rel, text] of wanted) {
    const target = join(dir, rel)
    const bytes = typeof text === 'string' ? Buffer.from(text) : text
    if (onlyChanged && existsSync(target) && readFileSync(target).equals(bytes)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, bytes)
    written.push(rel)
  }
  return { written, removed }
}

const isPostName = (name: string) => POST_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))

/** Names Jekyll skips too: a segment starting with `.` or `_` (but `_posts`). */
/** Names Jekyll skips (a segment starting with `.` or `_`, but `_posts`), which the content step skips too. */
export function isIgnored(file: string): boolean {
  return file.split('/').some((segment) => /^[._]/.test(segment) && segment !== '_posts')
}

function readSite(dir: string): SiteConfig {
  const file = join(dir, 'site.json')
  return siteConfigFrom(existsSync(file) ? parseSiteJson(readFileSync(file, 'utf8')) : {})
}

/** The prepared folder's own files (written by this step, so no link or FIFO to look out for). */
function preparedFiles(dir: string): string[] {
  return listFiles(dir).map((file) => file.full)
}
