// `npm run dev`: first the content and search-index steps (lib/build/steps.mjs), then two long-running
// processes: the content loop (scripts/dev-content.ts, lib/dev/content-loop.ts: content/ → .content/ →
// Contentlayer's dev → the search index and the error status the pages show) and `next dev`. Next 16 runs
// Turbopack, where Contentlayer's webpack hook never runs, so the two are separate processes, each in a
// process group of its own (lib/dev/process-groups.mjs).
import { DEV_STEPS, stepEnv } from '../build/steps.mjs'
import { createNextOutputFilter } from './next-output.mjs'
import { createProcessGroups } from './process-groups.mjs'

/** Where `next dev` listens: `-p`/`--port` among its arguments, else PORT, else Next's 3000. */
export function devOrigin(/** @type {string[]} */ args, /** @type {Record<string, string | undefined>} */ environment) {
  const at = args.findIndex((arg) => arg === '-p' || arg === '--port')
  const inline = args.find((arg) => arg.startsWith('--port='))?.slice('--port='.length)
  const port = (at === -1 ? undefined : args[at + 1]) ?? inline ?? environment.PORT ?? '3000'
  return `http://localhost:${port}`
}

/** Runs the dev server with `args` for `next dev` (e.g. `-p 4000`) until a signal or a child's end stops it. */
export async function runDev(/** @type {string[]} */ args) {
  const groups = createProcessGroups({ env: stepEnv() })
  process.on('SIGINT', () => groups.stop(130))
  process.on('SIGTERM', () => groups.stop(143))
  process.on('SIGHUP', () => groups.stop(129))

  /** Runs one step to its end; a failure stops the dev server with the step's exit code. */
  const runStep = (/** @type {import('../build/steps.mjs').Step} */ step) => {
    console.log(`\n▶ ${step.title}\n  $ ${step.command}`)
    const started = Date.now()
    return new Promise((resolve) => {
      groups.start(step.command, [], { shell: true }).on('exit', (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1)
        if (code === 0) {
          console.log(`✓ ${step.title} (${seconds}s)`)
          resolve(undefined)
        } else if (!groups.stopping) {
          console.error(`\n✗ ${step.title} failed after ${seconds}s (exit ${code ?? signal}). Fix the problem above and run npm run dev again.`)
          groups.stop(code ?? 1)
        }
      })
    })
  }

  // Generate once before Next starts, so the first request finds the content and the search index.
  for (const step of DEV_STEPS) await runStep(step)
  if (groups.stopping) return
  const watcher = groups.start('tsx', ['--tsconfig', 'scripts/tsconfig.tsx.json', 'scripts/dev-content.ts', '--origin', devOrigin(args, process.env)])
  // Its reports of content errors are left out: the content loop prints each once, as one line.
  const next = groups.start('next', ['dev', ...args], { filter: createNextOutputFilter() })
  for (const [name, child] of /** @type {const} */ ([['content watcher', watcher], ['next dev', next]])) {
    child.on('exit', (code, signal) => {
      if (groups.stopping) return
      console.error(`\n✗ ${name} stopped (${signal ?? `exit ${code}`}): stopping the dev server`)
      groups.stop(code || 1)
    })
  }
}
