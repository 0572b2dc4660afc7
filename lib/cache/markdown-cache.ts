import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { MarkdownOptions } from '../markdown/pipeline'
import { walkFiles } from '../files/walk.mjs'
import { readsOnlyItsSource } from './liquid-inputs'

// A warm build renders only the Markdown it has not rendered before: each document's HTML is kept under
// `.pressroom/cache/markdown/`, keyed by its path, its whole prepared source (front matter included), the
// rendering options and the engine's version. What else a rendering reads is checked on use: the local images
// whose sizes it wrote. A document whose Liquid reads more than itself and the site's settings (other posts,
// includes, data files, the build's time: lib/cache/liquid-inputs.ts) is never kept.

/** A document's kept HTML, and the warnings its rendering wrote (said again when it is reused). */
export type Kept = { html: string; warnings: string[] }

/** Where a document's kept HTML is found, from this very source, or undefined. */
export type MarkdownCache = {
  get(path: string, source: string): Kept | undefined
  keep(path: string, source: string, html: string, warnings?: readonly string[]): void
}

/** Entries no build has used for this long are dropped when the cache is opened. */
const STALE_DAYS = 30

type Entry = Kept & { images: [string, string | null][] }

/** Whether a source's HTML depends on nothing but the source and the options (and the images checked on use). */
export function keepable(source: string, options: Pick<MarkdownOptions, 'liquidTags'> = {}): boolean {
  return readsOnlyItsSource(source, Object.keys(options.liquidTags ?? {}))
}

/** The options as a key: folders relative to the project, so that a copy of the project elsewhere finds its cache. */
export function optionsKey(options: MarkdownOptions, root: string): string {
  const base = resolve(root)
  return JSON.stringify(options, (_key, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith(base)) return value
    return `<root>/${relative(base, value).split(sep).join('/')}`
  })
}

const hashOf = (...parts: string[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 40)
}

/** The site-relative images a rendering may have read a size from (`src="/…"`). */
export function localImages(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<img\b[^>]*?\ssrc="(\/(?!\/)[^"?#]*)/g)) if (match[1]) found.add(match[1])
  return [...found]
}

function decoded(src: string): string {
  try {
    return decodeURIComponent(src)
  } catch {
    return src
  }
}

/** A file's content hash, null when it is missing (or not a file): a later build that finds it renders again. */
function imageStamp(publicDir: string | undefined, src: string): string | null {
  if (publicDir === undefined) return null
  const file = resolve(publicDir, `.${decoded(src)}`)
  if (!file.startsWith(resolve(publicDir) + sep)) return null
  try {
    if (!statSync(file).isFile()) return null
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)
  } catch {
    return null
  }
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || !('html' in value) || !('images' in value)) return false
  return typeof value.html === 'string' && Array.isArray(value.images) && 'warnings' in value && Array.isArray(value.warnings) && value.warnings.every((line) => typeof line === 'string')
}

/** The Markdown cache in `folder` (`<cache>/markdown`) for these options and this engine version; `prune`: drop stale entries first (one process of a build does). */
export function openMarkdownCache(folder: string, { options, root, version, prune: pruning = true }: { options: MarkdownOptions; root: string; version: string; prune?: boolean }): MarkdownCache {
  const setup = hashOf(version, optionsKey(options, root))
  const fileOf = (path: string, source: string) => {
    const key = hashOf(setup, path, source)
    return join(folder, key.slice(0, 2), `${key}.json`)
  }
  if (pruning) prune(folder)
  return {
    get(path, source) {
      if (!keepable(source, options)) return undefined
      const file = fileOf(path, source)
      let entry: unknown
      try {
        entry = JSON.parse(readFileSync(file, 'utf8'))
      } catch {
        return undefined
      }
      if (!isEntry(entry) || entry.images.some(([src, stamp]) => imageStamp(options.publicDir, src) !== stamp)) return undefined
      const now = new Date()
      utimesSync(file, now, now)
      return { html: entry.html, warnings: entry.warnings }
    },
    keep(path, source, html, warnings = []) {
      if (!keepable(source, options)) return
      const file = fileOf(path, source)
      const entry: Entry = { html, warnings: [...warnings], images: localImages(html).map((src) => [src, imageStamp(options.publicDir, src)]) }
      mkdirSync(dirname(file), { recursive: true })
      // Written whole or not at all: a stopped build never leaves half an entry.
      const partial = `${file}.${process.pid}.partial`
      writeFileSync(partial, JSON.stringify(entry))
      renameSync(partial, file)
    },
  }
}

function prune(folder: string): void {
  const oldest = Date.now() - STALE_DAYS * 86_400_000
  // Links are never followed: a pruned cache removes its own files only.
  for (const { full } of walkFiles(folder, { link: () => false })) {
    if (statSync(full).mtimeMs < oldest) rmSync(full, { force: true })
  }
}
