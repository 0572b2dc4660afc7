#!/usr/bin/env node
// `npm run dev`: the site at http://localhost:3000 (arguments go to `next dev`, e.g. `npm run dev -- -p 4000`),
// following every edit in the content folder. First the content and search-index steps (scripts/steps.mjs),
// then two long-running processes: the content watcher (scripts/dev-content.ts: content/ → .content/ →
// `contentlayer2 dev` → the search index and the error status the pages show) and `next dev`. Next 16 runs
// Turbopack, where Contentlayer's webpack hook never runs, so the two are separate processes.
//
// Every process is started in a process group of its own, so that stopping the dev server — Ctrl-C,
// SIGTERM or SIGHUP to this process — or the death of any one of them stops all of them and everything
// they started (Next's server and workers, Contentlayer, tsx's own child), and this process exits last.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { createNextOutputFilter } from '../lib/dev/next-output.mjs'
import { DEV_STEPS, stepEnv } from '../lib/build/steps.mjs'

const env = stepEnv()
/** How long a process group may take to stop after SIGTERM before it is killed. */
const GRACE_MS = 5000

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set()
let stopping = false
let exitCode = 0

/**
 * Starts a command in its own process group (`detached`), sharing this terminal's output, or with
 * `filter`, passing each line of its output through it (a line it returns is printed).
 * @param {string} command @param {string[]} args @param {{ shell?: boolean, filter?: (line: string) => string[] }} [options]
 */
function start(command, args, { shell = false, filter } = {}) {
  const output = filter ? 'pipe' : 'inherit'
  const child = spawn(command, args, { shell, detached: true, stdio: ['ignore', output, output], env })
  if (filter) {
    for (const [stream, to] of /** @type {const} */ ([[child.stdout, process.stdout], [child.stderr, process.stderr]])) {
      if (stream) createInterface({ input: stream }).on('line', (line) => {
        for (const shown of filter(line)) to.write(`${shown}\n`)
      })
    }
  }
  running.add(child)
  child.on('exit', () => running.delete(child))
  return child
}

/** Signals a child's whole process group; a group that is already gone is no error. */
function signalGroup(/** @type {import('node:child_process').ChildProcess} */ child, /** @type {NodeJS.Signals} */ signal) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error
  }
}

/** Whether any process of a child's group is still alive. */
function groupAlive(/** @type {import('node:child_process').ChildProcess} */ child) {
  if (child.pid === undefined) return false
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops every group, waits for each to end (killing any that outlast the grace period), then exits. */
function stop(/** @type {number} */ code) {
  if (stopping) return
  stopping = true
  exitCode = code
  const children = [...running]
  for (const child of children) signalGroup(child, 'SIGTERM')
  const force = setTimeout(() => {
    for (const child of children) signalGroup(child, 'SIGKILL')
  }, GRACE_MS)
  force.unref()
  Promise.all(children.map(async (child) => {
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve))
    // A group's leader may exit before the rest of its group (next dev's server, tsx's child, which
    // cleans up on its way out): give them the grace period, then make sure.
    const deadline = Date.now() + GRACE_MS
    while (groupAlive(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    signalGroup(child, 'SIGKILL')
  })).then(() => process.exit(exitCode))
}

process.on('SIGINT', () => stop(130))
process.on('SIGTERM', () => stop(143))
process.on('SIGHUP', () => stop(129))

/** Runs one step to its end; a failure stops the dev server with the step's exit code. */
function runStep(/** @type {import('../lib/build/steps.mjs').Step} */ step) {
  console.log(`\n▶ ${step.title}\n  $ ${step.command}`)
  const started = Date.now()
  return new Promise((resolve) => {
    start(step.command, [], { shell: true }).on('exit', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      if (code === 0) {
        console.log(`✓ ${step.title} (${seconds}s)`)
        resolve(undefined)
      } else if (!stopping) {
        console.error(`\n✗ ${step.title} failed after ${seconds}s (exit ${code ?? signal}). Fix the problem above and run npm run dev again.`)
        stop(code ?? 1)
      }
    })
  })
}

/** Where `next dev` listens: `-p`/`--port` among its arguments, else PORT, else Next's 3000. */
function devOrigin(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ environment) {
  const at = args.findIndex((arg) => arg === '-p' || arg === '--port')
  const inline = args.find((arg) => arg.startsWith('--port='))?.slice('--port='.length)
  const port = (at === -1 ? undefined : args[at + 1]) ?? inline ?? environment.PORT ?? '3000'
  return `http://localhost:${port}`
}

// Generate once before Next starts, so the first request finds the content and the search index.
for (const step of DEV_STEPS) await runStep(step)

if (!stopping) {
  const watcher = start('tsx', ['--tsconfig', 'scripts/tsconfig.tsx.json', 'scripts/dev-content.ts', '--origin', devOrigin(process.argv.slice(2), process.env)])
  // Its reports of content errors are left out: the content watcher prints each once, as one line.
  const next = start('next', ['dev', ...process.argv.slice(2)], { filter: createNextOutputFilter() })
  for (const [name, child] of [['content watcher', watcher], ['next dev', next]]) {
    child.on('exit', (code, signal) => {
      if (stopping) return
      console.error(`\n✗ ${name} stopped (${signal ?? `exit ${code}`}): stopping the dev server`)
      stop(code || 1)
    })
  }
}
