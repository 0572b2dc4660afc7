import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, sep } from 'node:path'
import type { FS } from 'liquidjs'
import { isFile } from '../../files/kind.mjs'
import { readableInside, relativeSegments } from '../../urls/safe-path'
import { noticeHtml } from './plugin-tags'
import { scanLiquidTags } from './scan'

/**
 * The files `{% include %}` reads: the site's `_includes` folder, and nothing else (never node_modules, as
 * liquidjs's default would). An include the folder lacks (most often one of the old site's theme, which
 * lives in a gem, not in the repository) renders as a visible notice naming it instead of stopping the
 * build: Jekyll would stop too, but the theme is gone, and the rest of the post is still the post.
 */
const MISSING = '\0missing-include/'

/**
 * `boundary` is the content folder: an include may be a link to another of its files, never to one
 * outside it. A name with `..` or a leading `/` is refused by name (lib/urls/safe-path.ts), not looked up.
 */
export function includeFiles(boundary: string): FS {
  const isMissing = (file: string) => file.startsWith(MISSING)
  const inside = (root: string, file: string) => file.startsWith(root.endsWith(sep) ? root : root + sep)
  return {
    exists: async (file) => isMissing(file) || (await stat(file).then((s) => s.isFile(), () => false)),
    existsSync: (file) => isMissing(file) || isFile(file),
    readFile: async (file) => (isMissing(file) ? missingIncludeHtml(file.slice(MISSING.length)) : readFile(file, 'utf8')),
    readFileSync: (file) => (isMissing(file) ? missingIncludeHtml(file.slice(MISSING.length)) : readFileSync(file, 'utf8')),
    resolve: (dir, file, ext) => readableInside(dir, relativeSegments(extname(file) ? file : file + ext, 'name a file of content/_includes/, without ".." or a leading "/"'), boundary),
    // `resolve` has checked the file on disk against the content folder; here it need only be the root's.
    contains: async (root, file) => isMissing(file) || inside(root, file),
    containsSync: (root, file) => isMissing(file) || inside(root, file),
    dirname,
    sep,
    fallback: (file) => MISSING + file,
  }
}

/** What an include the site lacks renders as. */
export function missingIncludeHtml(name: string): string {
  return noticeHtml(`include ${name}`, '')
}

export type IncludeUse = { name: string; line: number }

/**
 * The `{% include name %}` and `{% include_cached name %}` uses in a source whose file `exists` says is
 * not there, with their lines. Names built from variables (`{% include {{ f }} %}`) are only known when
 * rendering, so they are not listed here.
 */
export function missingIncludes(source: string, exists: (name: string) => boolean): IncludeUse[] {
  return scanLiquidTags(source)
    .filter((use) => use.name === 'include' || use.name === 'include_cached')
    .map((use) => ({ name: /^["']?([^\s"'{}]+)["']?/.exec(use.args)?.[1] ?? '', line: use.line, dynamic: use.args.startsWith('{{') }))
    .filter((use) => use.name !== '' && !use.dynamic && !exists(use.name))
    .map(({ name, line }) => ({ name, line }))
}
