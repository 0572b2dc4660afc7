/** One content problem: the file (relative to the content folder), the field, what is wrong, how to fix it. */
export type ContentProblem = { file: string; field: string; problem: string; fix: string; line?: number }

/**
 * The one way a content problem is written, by the build, the import and `npm run dev` alike: one line,
 * `file:line: field "x": problem. Fix: fix` (the line when known), so an editor or terminal can jump to it.
 */
export function formatContentProblem({ file, line, field, problem, fix }: ContentProblem): string {
  return `${file}${line === undefined ? '' : `:${line}`}: field "${field}": ${problem}. Fix: ${fix}`
}

/** A content problem that must stop the build: names the file, the field, what is wrong and how to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
    readonly line?: number,
  ) {
    super(formatContentProblem({ file, field, problem, fix, line }))
    this.name = 'ContentError'
  }
}
