// Build steps that do the same work for every post (drawing share images, rendering Markdown) split it
// over child processes of their own script, one per core: Node runs a script's JavaScript on one core.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { shares } from './shares.mjs'

/** The flag a child is started with, followed by the file that holds its share of the work. */
const JOB_FLAG = '--job'

/**
 * Runs this same script once per share of `items`, in parallel, each child given its share through a file
 * in `jobDir`; resolves when every child has exited 0, rejects naming the first that did not.
 */
export async function inChildProcesses<T>(items: readonly T[], processes: number, jobDir: string, what: string): Promise<void> {
  await Promise.all(
    shares(items, processes).map((share, i) => {
      const job = join(jobDir, `.job-${process.pid}-${i}.json`)
      writeFileSync(job, JSON.stringify(share))
      return new Promise<void>((resolve, reject) => {
        // execArgv carries the TypeScript loader the parent runs under.
        const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', JOB_FLAG, job], { stdio: 'inherit' })
        child.on('error', reject)
        child.on('exit', (code, signal) => {
          rmSync(job, { force: true })
          if (code === 0) resolve()
          else reject(new Error(`a ${what} process stopped (${signal ?? `exit ${code}`})`))
        })
      })
    }),
  )
}

/** In a child started by inChildProcesses: its share, checked by `isItem`; in the parent, undefined. */
export function childJob<T>(isItem: (value: unknown) => value is T): T[] | undefined {
  const at = process.argv.indexOf(JOB_FLAG)
  const job = at === -1 ? undefined : process.argv[at + 1]
  if (job === undefined) return undefined
  const list: unknown = JSON.parse(readFileSync(job, 'utf8'))
  if (!Array.isArray(list) || !list.every(isItem)) throw new Error(`${job} does not hold this step's work`)
  return list
}
