// How the content step renders a large site's Markdown: in worker processes beside Contentlayer
// (lib/markdown/render-pool.ts), started by Contentlayer's own process when it loads the config.
import { walkFiles } from '../files/walk'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { PREPARED_DIR } from './prepare-dir'
import { startMarkdownPool, type MarkdownPool } from '../markdown/render-pool'
import { tsxCommand } from '../build/tsx-command'

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
  /** One pool per process: Contentlayer loads its config more than once in a build, and each load asks. */
  var pressroomMarkdownWorkers: { pool: MarkdownPool | undefined } | undefined
}

/** For a site large enough to gain from it, Markdown workers rendering every document; else undefined. */
export function startMarkdownWorkers(root: string): MarkdownPool | undefined {
  if (globalThis.pressroomMarkdownWorkers) return globalThis.pressroomMarkdownWorkers.pool
  const shared: { pool: MarkdownPool | undefined } = (globalThis.pressroomMarkdownWorkers = { pool: undefined })
  const started = Date.now()
  const paths = documents(root)
  const processes = prerenderProcesses(paths.length, availableParallelism(), process.env)
  if (processes === 0) return undefined
  const pool = (shared.pool = startMarkdownPool(paths, processes, tsxCommand(root, 'scripts/render-markdown.ts')))
  void pool.done.then((rendered) => {
    console.log(`Content: ${rendered} of ${paths.length} documents' Markdown rendered in ${processes} processes beside Contentlayer in ${Date.now() - started} ms`)
  })
  return pool
}
