// For the dev loop's content side (lib/dev/content-loop.ts): the search index rebuilt in a child process after content changes (it reads the
// post store afresh), one at a time; a change during a rebuild queues one more. It starts a moment after the
// store is written, and at the lowest priority (every thread of it: `nice` before it starts), because `next
// dev` re-renders the open page from the same edit then, and a rebuild would take a core from it for seconds.
import { spawn, type ChildProcess } from 'node:child_process'
import { tsxCommand } from '../build/tsx-command'

/** The rebuild's niceness (0 is normal, 19 the lowest priority), and its wait after a store write. */
const NICENESS = 19
const DELAY_MS = 1000

export function searchIndexRebuilder(root: string): { soon: () => void; stop: (signal: NodeJS.Signals) => void } {
  let indexing: ChildProcess | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined
  const rebuild = (): void => {
    if (indexing) {
      again = true
      return
    }
    // bench/dev.mjs pairs this line with the one the index build prints when done.
    console.log('Search index: rebuilding')
    const { file, args, env } = tsxCommand(root, 'scripts/build-search-index.ts')
    indexing = process.platform === 'win32' ? spawn(file, args, { stdio: 'inherit', env }) : spawn('nice', ['-n', String(NICENESS), file, ...args], { stdio: 'inherit', env })
    indexing.on('exit', (code) => {
      indexing = undefined
      if (code !== 0) console.error(`✗ Search index: rebuild failed (exit ${code}); it is retried on the next change`)
      if (again) {
        again = false
        rebuild()
      }
    })
  }
  return {
    soon: () => {
      clearTimeout(timer)
      timer = setTimeout(rebuild, DELAY_MS)
    },
    stop: (signal) => {
      clearTimeout(timer)
      indexing?.kill(signal)
    },
  }
}
