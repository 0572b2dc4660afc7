/** A content problem that must stop the build: names the file, the field, what is wrong and how to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: field "${field}": ${problem}. Fix: ${fix}`)
    this.name = 'ContentError'
  }
}
