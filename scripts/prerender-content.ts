// A cold build's Markdown, rendered before Contentlayer runs, in a process per core, into
// .pressroom/prerendered/ (lib/markdown/prerendered.ts). Contentlayer then takes each post's HTML from
// there instead of rendering the posts one by one on one core.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative, sep } from 'node:path'
import { contentMarkdownOptions } from '../lib/content/markdown-options'
import { PREPARED_DIR } from '../lib/content/prepare-dir'
import { PRERENDERED_DIR } from '../lib/markdown/prerendered-file'
import { childJob, inChildProcesses } from './child-processes'

/** Each process gets at least this many documents: fewer render faster in Contentlayer than a process starts. */
const MIN_DOCUMENTS = 100

/** The Markdown documents Contentlayer renders: posts and pages, by their path inside the prepared folder. */
function documents(root: string): string[] {
  const prepared = join(root, PREPARED_DIR)
  return ['posts', 'pages'].flatMap((dir) => {
    const top = join(prepared, dir)
    if (!existsSync(top)) return []
    return readdirSync(top, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
      .map((entry) => relative(prepared, join(entry.parentPath, entry.name)).split(sep).join('/'))
  })
}

/** Renders a share of the documents; one that fails is left for Contentlayer, which reports its error. */
export async function renderShare(root: string, paths: readonly string[]): Promise<void> {
  // Loaded here, in the rendering processes only: the Markdown chain takes seconds to load, which a site
  // too small to pre-render would pay on every build.
  const { prerender } = await import('../lib/markdown/prerendered')
  const options = contentMarkdownOptions(root)
  const dir = join(root, PRERENDERED_DIR)
  for (const path of paths) {
    const source = readFileSync(join(root, PREPARED_DIR, path), 'utf8')
    try {
      await prerender(dir, path, source, options)
    } catch {
      // Not lost: Contentlayer renders this post itself and stops the build with the error, file named.
    }
  }
}

/**
 * How many processes pre-render `documents`: PRESSROOM_PRERENDER_PROCESSES when set (0 turns the pre-render
 * off), else one per core, each given at least MIN_DOCUMENTS; fewer than two, none (Contentlayer renders
 * them itself as fast).
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

/** Empties .pressroom/prerendered/ and, for a site large enough to gain from it, renders every document. */
export async function prerenderContent(root: string): Promise<{ documents: number; processes: number }> {
  const dir = join(root, PRERENDERED_DIR)
  rmSync(dir, { recursive: true, force: true })
  const paths = documents(root)
  const processes = prerenderProcesses(paths.length, availableParallelism(), process.env)
  if (processes === 0) return { documents: 0, processes: 0 }
  mkdirSync(dir, { recursive: true })
  await inChildProcesses(paths, processes, dir, 'Markdown pre-render')
  return { documents: paths.length, processes }
}

/** In a child process: its share of the documents. */
export const prerenderJob = () => childJob((value: unknown): value is string => typeof value === 'string')
