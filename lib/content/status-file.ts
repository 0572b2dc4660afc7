import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ContentError, type ContentProblem } from './error'

export type { ContentProblem } from './error'

/**
 * The content's state as the pages see it: `.content/status.json`, the content errors still standing.
 * The build writes it empty; under `npm run dev` the dev loop (lib/dev/content-loop.ts) writes each
 * error it meets and clears it when the file is fixed. Pages import the file (lib/content/status.ts), so
 * `next dev` re-renders the open tab when it changes and shows the error there, not only in the terminal.
 */
export const STATUS_FILE = join('.content', 'status.json')

/**
 * `settings` marks a change of the site's settings (site.json, data, includes): pages read those files
 * themselves, so the status changes only to have `next dev` re-render the open page with the new ones.
 */
export function writeContentStatus(root: string, errors: readonly ContentProblem[], settings?: string): void {
  const file = join(root, STATUS_FILE)
  const text = `${JSON.stringify(settings === undefined ? { errors } : { errors, settings }, null, 2)}\n`
  mkdirSync(join(root, '.content'), { recursive: true })
  // Unchanged text is not rewritten: every write makes `next dev` re-render the open pages.
  try {
    if (readFileSync(file, 'utf8') === text) return
  } catch {
    // No status yet: write it.
  }
  writeFileSync(file, text)
}

/** The problems a status file holds; anything else in it is ignored, a malformed entry is an error. */
export function problemsOf(value: unknown): ContentProblem[] {
  if (typeof value !== 'object' || value === null || !('errors' in value) || !Array.isArray(value.errors)) return []
  return value.errors.map((entry: unknown): ContentProblem => {
    if (typeof entry === 'object' && entry !== null && 'file' in entry && 'field' in entry && 'problem' in entry && 'fix' in entry) {
      const { file, field, problem, fix } = entry
      const line = 'line' in entry ? entry.line : undefined
      if (typeof file === 'string' && typeof field === 'string' && typeof problem === 'string' && typeof fix === 'string' && (line === undefined || typeof line === 'number')) {
        return line === undefined ? { file, field, problem, fix } : { file, field, problem, fix, line }
      }
    }
    throw new Error(`${STATUS_FILE} holds an entry that is not { file, field, problem, fix }: ${JSON.stringify(entry)}`)
  })
}

/**
 * The error a page shows for the standing problems: the first one, and how many more the terminal lists.
 * Its stack is the post itself, at the line (`dir` is the content folder): Next's error overlay shows where
 * an error was thrown, and the place to fix is the post, not the engine code that noticed it.
 */
export function statusError(problems: readonly ContentProblem[], dir?: string): ContentError | undefined {
  const [first, ...rest] = problems
  if (!first) return undefined
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'}: see the terminal)`
  const error = new ContentError(first.file, first.field, `${first.problem}${more}`, first.fix, first.line)
  if (dir !== undefined) error.stack = `${error.name}: ${error.message}\n    at ${join(dir, first.file)}:${first.line ?? 1}:1`
  return error
}
