// How the content step renders a site's Markdown: what an earlier build rendered from the same source comes from
// the cache (lib/cache/markdown-cache.ts); for a large site the rest renders in worker processes beside
// Contentlayer (lib/markdown/render-pool.ts), started by Contentlayer's own process when it loads the config.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { cacheDir } from '../cache/cache-dir'
import { engineVersion } from '../cache/engine-version'
import { openMarkdownCache, type Kept, type MarkdownCache } from '../cache/markdown-cache'
import { PREPARED_DIR } from './prepare-dir'
import { contentMarkdownOptions } from './markdown-options'
import type { PrerenderedHtml } from '../markdown/prerendered'
import { repeatWarnings } from '../markdown/prerendered-warnings'
import { startMarkdownPool } from '../markdown/render-pool'
import { tsxCommand } from '../build/tsx-command'
import { walkFiles } from '../files/walk.mjs'

/** The lib/ folders whose code decides a document's HTML: a change in any renders every document again. */
export const RENDER_FOLDERS = ['markdown', 'jekyll', 'html', 'diagrams', 'math', 'content', 'cache']

/** Each worker gets at least this many documents: fewer render faster in Contentlayer than a process starts. */
const MIN_DOCUMENTS = 100

/** The Markdown documents Contentlayer renders, posts and pages, by their path inside the prepared folder, in name order. */
function documents(root: string): string[] {
  const prepared = join(root, PREPARED_DIR)
  return ['posts', 'pages'].flatMap((dir) => [...walkFiles(join(prepared, dir))].filter((file) => /\.(md|markdown)$/i.test(file.name)).map((file) => `${dir}/${file.rel}`))
}

/**
 * How many workers render `documents`: PRESSROOM_PRERENDER_PROCESSES when set (0 turns them off), else one
 * per core, each given at least MIN_DOCUMENTS; fewer than two, none (Contentlayer renders them itself as fast).
 */
export function prerenderProcesses(documents: number, cores: number, env: Readonly<Record<string, string | undefined>>): number {
  const chosen = env.PRESSROOM_PRERENDER_PROCESSES?.trim()
  if (chosen !== undefined && chosen !== '') {
    const count = Number(chosen)
    if (!Number.isInteger(count) || count < 0) throw new Error(`PRESSROOM_PRERENDER_PROCESSES is "${chosen}". Fix: a whole number of processes, or 0 for none.`)
    return documents === 0 ? 0 : count
  }
  const processes = Math.min(cores, Math.floor(documents / MIN_DOCUMENTS))
  return processes < 2 ? 0 : processes
}

declare global {
  /** One per process: Contentlayer loads its config more than once in a build, and each load asks. */
  var pressroomMarkdownWorkers: PrerenderedHtml | undefined
}

/** The build's Markdown cache (`.pressroom/cache/markdown/`), for the content options and rendering code of `root`. */
export function buildMarkdownCache(root: string, { prune = true }: { prune?: boolean } = {}): MarkdownCache {
  return openMarkdownCache(join(cacheDir(root), 'markdown'), { options: contentMarkdownOptions(root), root, version: engineVersion(root, RENDER_FOLDERS), prune })
}

/** The prepared source of each document the cache holds HTML for, with what it holds. */
function cachedDocuments(root: string, paths: readonly string[], cache: MarkdownCache): Map<string, { source: string; kept: Kept }> {
  const hits = new Map<string, { source: string; kept: Kept }>()
  for (const path of paths) {
    const source = readFileSync(join(root, PREPARED_DIR, path), 'utf8')
    const kept = cache.get(path, source)
    if (kept !== undefined) hits.set(path, { source, kept })
  }
  return hits
}

/**
 * Where the content build's Markdown step finds each document's HTML: the cache, else (a site large enough to
 * gain from them) the workers, which render only what the cache lacks; what it renders itself it keeps.
 */
export function startMarkdownWorkers(root: string): PrerenderedHtml {
  if (globalThis.pressroomMarkdownWorkers) return globalThis.pressroomMarkdownWorkers
  const started = Date.now()
  const cache = buildMarkdownCache(root)
  const all = documents(root)
  const hits = cachedDocuments(root, all, cache)
  const paths = all.filter((path) => !hits.has(path))
  const processes = prerenderProcesses(paths.length, availableParallelism(), process.env)
  const pool = processes === 0 ? undefined : startMarkdownPool(paths, processes, tsxCommand(root, 'scripts/render-markdown.ts'))
  console.log(`Content: ${hits.size} of ${all.length} documents' Markdown from the cache${pool ? `, the rest rendering in ${processes} processes beside Contentlayer` : ''}`)
  void pool?.done.then((rendered) => {
    console.log(`Content: ${rendered} of ${paths.length} documents' Markdown rendered in ${processes} processes beside Contentlayer in ${Date.now() - started} ms`)
  })
  const prerendered: PrerenderedHtml = {
    // A worker keeps what it renders itself (scripts/render-markdown.ts), with its warnings.
    async html(path, source) {
      const hit = hits.get(path)
      if (hit?.source !== source) return pool?.html(path, source)
      repeatWarnings(hit.kept.warnings)
      return hit.kept.html
    },
    keep: (path, source, html, warnings) => cache.keep(path, source, html, warnings),
  }
  globalThis.pressroomMarkdownWorkers = prerendered
  return prerendered
}
