import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatContentProblem, type ContentProblem } from '../content/error'

/**
 * The line of a front-matter key in a content file (1 is the opening `---`), for a problem that names the
 * field but not the line (Contentlayer's schema errors); undefined when the file or the key is not found.
 */
export function fieldLine(text: string, field: string): number | undefined {
  const lines = text.split('\n')
  if (lines[0]?.trim() !== '---') return undefined
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    if (lines[i]?.startsWith(`${field}:`)) return i + 1
  }
  return undefined
}

/** The problem with its line filled in from the file in `dir`, when it names a key the file has. */
export function withLine(problem: ContentProblem, dir: string): ContentProblem {
  if (problem.line !== undefined || problem.field.startsWith('(')) return problem
  let text: string
  try {
    text = readFileSync(join(dir, problem.file), 'utf8')
  } catch {
    // Deleted since: the problem stands without a line.
    return problem
  }
  const line = fieldLine(text, problem.field)
  return line === undefined ? problem : { ...problem, line }
}

/**
 * Prints each content problem once, as one line, when it first stands (the dev loop meets the same problem
 * on every rebuild and every request), and one line when the last is fixed.
 */
export function problemReporter(print: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): (problems: readonly ContentProblem[]) => void {
  let shown = new Set<string>()
  return (problems) => {
    const now = new Set(problems.map(formatContentProblem))
    for (const line of now) if (!shown.has(line)) print(`✗ ${line}`)
    if (now.size === 0 && shown.size > 0) print('✓ Content: no errors left')
    shown = now
  }
}
