import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ContentError } from '../content-error'
import { siteConfigFrom, type SiteConfig } from '../site'
import { parseSiteJson } from '../site-json'
import { preparePost } from './prepare'

/** Where the prepare step writes what Contentlayer reads (`contentDirPath`). */
export const PREPARED_DIR = '.content'

export type PrepareResult = { posts: number; ignored: string[] }

/**
 * Writes `.content/` from `content/`. A file in `content/posts/` that is no post stops the build, naming
 * it, unless its name starts with `.` or `_` (which Jekyll skips too; listed as ignored).
 */
export function prepareContent(root: string, now: Date): PrepareResult {
  const contentDir = join(root, 'content')
  const outDir = join(root, PREPARED_DIR)
  const site = readSite(contentDir)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'posts'), { recursive: true })
  const ignored: string[] = []
  let posts = 0
  for (const folder of ['posts', 'drafts']) {
    for (const file of listFiles(join(contentDir, folder))) {
      const rel = `${folder}/${relative(join(contentDir, folder), file).split('\\').join('/')}`
      const full = join(contentDir, rel)
      const prepared = preparePost({ file: rel, source: readFileSync(full, 'utf8'), site, now, mtime: statSync(full).mtime })
      if (prepared.kind === 'skipped') {
        if (rel.split('/').some((segment) => /^[._]/.test(segment) && segment !== '_posts')) {
          ignored.push(`${rel}: ${prepared.reason}`)
          continue
        }
        throw new ContentError(rel, '(file name)', prepared.reason, 'name it YYYY-MM-DD-title.md, or move it out of content/posts/')
      }
      const target = join(outDir, prepared.outPath)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, prepared.text)
      posts++
    }
  }
  // Authors and stand-alone pages are read as written: copied byte for byte.
  for (const folder of ['authors', 'pages']) {
    if (existsSync(join(contentDir, folder))) cpSync(join(contentDir, folder), join(outDir, folder), { recursive: true })
  }
  return { posts, ignored }
}

function readSite(contentDir: string): SiteConfig {
  const file = join(contentDir, 'site.json')
  return siteConfigFrom(existsSync(file) ? parseSiteJson(readFileSync(file, 'utf8')) : {})
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
