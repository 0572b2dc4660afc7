// Runs build steps at the same time, each line of their output prefixed with the step's name; exits with
// the first failure's code once all have stopped (a failed step never hides behind one still running).
// For steps that read the same input and write files of their own: the search index and the manifest
// run on one core each, beside the share images' processes, instead of leaving a core idle in turn.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { singleStep, stepEnv } from './steps.mjs'

/**
 * @param {import('./steps.mjs').Step} step
 * @returns {Promise<{ step: import('./steps.mjs').Step, code: number, seconds: number }>}
 */
function start(step) {
  const started = Date.now()
  const child = spawn(step.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: stepEnv() })
  for (const [stream, out] of /** @type {const} */ ([
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])) {
    createInterface({ input: stream }).on('line', (line) => out.write(`[${step.name}] ${line}\n`))
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`[${step.name}] ${error.message}`)
      resolve({ step, code: 1, seconds: (Date.now() - started) / 1000 })
    })
    child.on('close', (code, signal) => resolve({ step, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }))
  })
}

/**
 * Runs the steps named (as lib/build/steps.mjs names them) side by side; the exit code: the first failure's,
 * 2 for a name that is no step or none at all, else 0.
 * @param {readonly string[]} names
 * @returns {Promise<number>}
 */
export async function runSideBySide(names) {
  let steps
  try {
    steps = names.map(singleStep)
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  if (steps.length === 0) {
    console.error('✗ no steps named. Fix: node scripts/side-by-side.mjs <step> <step> …')
    return 2
  }
  const results = await Promise.all(steps.map(start))
  for (const { step, code, seconds } of results) console.log(`${code === 0 ? '✓' : '✗'} ${step.title} (${seconds.toFixed(1)}s${code === 0 ? '' : `, exit ${code}`})`)
  return results.find((result) => result.code !== 0)?.code ?? 0
}
