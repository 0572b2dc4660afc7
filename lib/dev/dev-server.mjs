// Starts `npm run dev` (npm, then its runner scripts/dev.mjs, lib/dev/run-dev.mjs) on a scratch content folder and stops it again, for the
// dev-loop end-to-end test (e2e-dev/) and the dev benchmark (bench/dev.mjs). Every process the runner
// starts inherits PRESSROOM_CONTENT_DIR, so the processes of one run are found by that value alone,
// whatever process group they ended up in: `leftovers()` lists those still alive (Linux's /proc).
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { stepEnv } from '../build/steps.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * @param {{ port: number, contentDir: string, log?: (line: string) => void }} options
 * @returns {{ url: string, child: import('node:child_process').ChildProcess, output: () => string, ready: (timeoutMs: number) => Promise<void>, stop: (signal?: NodeJS.Signals) => Promise<number | null>, leftovers: () => string[], cleanUp: () => Promise<void> }}
 */
export function startDevServer({ port, contentDir, log }) {
  // `localhost`, not 127.0.0.1: Next's dev server refuses its HMR socket to any other origin.
  const url = `http://localhost:${port}/`
  // Through npm, as an author starts it: a signal to `npm run dev` must reach everything it started.
  const child = spawn('npm', ['run', 'dev', '--', '-p', String(port)], {
    cwd: ROOT,
    env: stepEnv({ PRESSROOM_CONTENT_DIR: contentDir, FORCE_COLOR: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => {
      output += String(chunk)
      if (log) for (const line of String(chunk).split('\n')) if (line.trim()) log(line)
    })
  }
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const marker = `PRESSROOM_CONTENT_DIR=${contentDir}`
  return {
    url,
    child,
    output: () => output,
    /** Resolves once the home page answers 200; rejects if the runner exits or time runs out. */
    async ready(timeoutMs) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode} before answering:\n${output}`)
        // Next moves to another port when its own is taken: only an answer from this run's server counts.
        const ok = output.includes(`localhost:${port}`) && (await fetch(url).then((response) => response.ok, () => false))
        if (ok) return
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      throw new Error(`npm run dev did not answer ${url} within ${timeoutMs} ms:\n${output}`)
    },
    /** Sends `signal` to `npm run dev` alone, as a process manager would, and waits for it to exit. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
    /** Processes of this run still alive, as `pid command`. */
    leftovers,
    /** After a failed run: stops the runner if it still runs, then kills whatever of this run is left. */
    async cleanUp() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
      }
      for (const line of leftovers()) {
        try {
          process.kill(Number(line.split(' ')[0]), 'SIGKILL')
        } catch {
          // Already gone.
        }
      }
    },
  }

  function leftovers() {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
      try {
        if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker)) return []
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()}`]
      } catch {
        // Gone between the listing and the read, or not ours to read: not a process of this run.
        return []
      }
    })
  }
}
