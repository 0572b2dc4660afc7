// The dev runner's children, each started in a process group of its own, so that stopping the dev server —
// Ctrl-C, SIGTERM or SIGHUP to the runner — or the death of any one of them stops all of them and everything
// they started (Next's server and workers, Contentlayer, tsx's own child), and the runner exits last.
import { spawn as spawnChild } from 'node:child_process'
import { createInterface } from 'node:readline'

/**
 * What the groups read of a child process (a ChildProcess has it all).
 * @typedef {{
 *   pid?: number,
 *   exitCode: number | null,
 *   signalCode: NodeJS.Signals | null,
 *   stdout?: NodeJS.ReadableStream | null,
 *   stderr?: NodeJS.ReadableStream | null,
 *   on: (event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void) => unknown,
 *   once: (event: 'exit', listener: () => void) => unknown,
 * }} ChildProcess
 */
/**
 * @typedef {{
 *   env: NodeJS.ProcessEnv,
 *   spawn?: (command: string, args: string[], options: import('node:child_process').SpawnOptions) => ChildProcess,
 *   kill?: (pid: number, signal: NodeJS.Signals | 0) => void,
 *   exit?: (code: number) => void,
 *   graceMs?: number,
 *   pollMs?: number,
 * }} GroupEffects
 * `kill` and `exit` as process.kill and process.exit; `graceMs`: how long a group may take to stop after
 * SIGTERM before it is killed; `pollMs`: how often a stopping group is looked at.
 */

/** @param {GroupEffects} effects */
export function createProcessGroups({ env, spawn = spawnChild, kill = (pid, signal) => process.kill(pid, signal), exit = (code) => process.exit(code), graceMs = 5000, pollMs = 50 }) {
  /** @type {Set<ChildProcess>} */
  const running = new Set()
  let stopping = false
  let exitCode = 0
  const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

  /** Signals a child's whole process group; a group that is already gone is no error. */
  function signalGroup(/** @type {ChildProcess} */ child, /** @type {NodeJS.Signals} */ signal) {
    if (child.pid === undefined) return
    try {
      kill(-child.pid, signal)
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error
    }
  }

  /** Whether any process of a child's group is still alive. */
  function groupAlive(/** @type {ChildProcess} */ child) {
    if (child.pid === undefined) return false
    try {
      kill(-child.pid, 0)
      return true
    } catch {
      return false
    }
  }

  return {
    get stopping() {
      return stopping
    },
    /**
     * Starts a command in its own process group (`detached`), sharing this terminal's output, or with
     * `filter`, passing each line of its output through it (a line it returns is printed).
     * @param {string} command @param {string[]} args @param {{ shell?: boolean, filter?: (line: string) => string[] }} [options]
     */
    start(command, args, { shell = false, filter } = {}) {
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
    },
    /** Stops every group, waits for each to end (killing any that outlast the grace period), then exits. */
    stop(/** @type {number} */ code) {
      if (stopping) return
      stopping = true
      exitCode = code
      const children = [...running]
      for (const child of children) signalGroup(child, 'SIGTERM')
      const force = setTimeout(() => {
        for (const child of children) signalGroup(child, 'SIGKILL')
      }, graceMs)
      force.unref()
      void Promise.all(children.map(async (child) => {
        if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', () => resolve(undefined)))
        // A group's leader may exit before the rest of its group (next dev's server, tsx's child, which
        // cleans up on its way out): give them the grace period, then make sure.
        const deadline = Date.now() + graceMs
        while (groupAlive(child) && Date.now() < deadline) await pause(pollMs)
        signalGroup(child, 'SIGKILL')
      })).then(() => {
        clearTimeout(force)
        exit(exitCode)
      })
    },
  }
}
