// The content step, the one way every mode runs it (`npm run build` and `npm run content`, the dev loop,
// conformance, the preview's base build): content/ is prepared into .content/ as Jekyll reads it
// (lib/content/prepare-dir.ts), then Contentlayer turns .content/ into .contentlayer/ and, in the config's
// onSuccess, the post store pages read; a large site's Markdown renders in workers beside it.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareContent } from '../content/prepare-dir'
import { writeContentStatus } from '../content/status-file'

/** This checkout: where Contentlayer's runner is, whichever project (a scratch copy, the base) it builds. */
const ENGINE = fileURLToPath(new URL('../..', import.meta.url))

export type ContentlayerMode = 'build' | 'dev'
export type ContentlayerOptions = {
  /** Redo every document, its cache thrown away (the dev loop, after includes, data or settings changed). */
  clearCache?: boolean
  /** A config outside the project (the preview's base is built with this checkout's). */
  config?: string
  /** Added to this process's environment. */
  env?: Record<string, string>
  /** `pipe` to read its output (the dev loop, the tests), `inherit` to print it as it comes. */
  output?: 'inherit' | 'pipe'
}

/** The command line that runs Contentlayer without its CLI's tracing (see lib/build/contentlayer.mjs). */
export function contentlayerArgs(mode: ContentlayerMode, { clearCache = false, config }: ContentlayerOptions = {}): string[] {
  return [join(ENGINE, 'scripts', 'contentlayer.mjs'), mode, ...(clearCache ? ['--clearCache'] : []), ...(config === undefined ? [] : ['--config', config])]
}

/**
 * The one place Contentlayer is started: on the project in `root`, which it takes from $PWD before its
 * working directory, so both are `root`.
 */
export function startContentlayer(root: string, mode: ContentlayerMode, options: ContentlayerOptions = {}): ChildProcess {
  const output = options.output ?? 'inherit'
  return spawn(process.execPath, contentlayerArgs(mode, options), { cwd: root, env: { ...process.env, PWD: root, ...options.env }, stdio: ['ignore', output, output] })
}

export type ContentStepResult = { code: number; output: string }

/**
 * Runs the content step on the project in `root` to its end. With `output: 'pipe'` what it says is returned
 * rather than printed. A content error stops it with a non-zero code and its one line (file, field, fix).
 */
export async function runContentStep(root: string, options: Omit<ContentlayerOptions, 'clearCache'> & { now?: Date } = {}): Promise<ContentStepResult> {
  const capture = options.output === 'pipe'
  let output = ''
  const say = (text: string, error = false): void => {
    if (capture) output += `${text}\n`
    else if (error) console.error(text)
    else console.log(text)
  }
  const started = Date.now()
  try {
    const result = prepareContent(root, options.now ?? new Date())
    // A build has no content errors standing: the pages read the status (lib/content/status.ts).
    writeContentStatus(root, [])
    for (const warning of result.warnings) say(warning, true)
    const notes = result.ignored.map((line) => `\n  ignored ${line}`).join('')
    say(`Content: ${result.posts} posts prepared for Contentlayer in ${Date.now() - started} ms (${result.written.length} written, ${result.removed.length} removed) → .content/${notes}`)
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true)
    return { code: 1, output }
  }
  const child = startContentlayer(root, 'build', options)
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }))
  })
}
