// @ts-check
/**
 * The committed list of known-missing link targets: one site path (base path stripped, optionally with
 * `#id`) per line, `#` starts a comment when it begins a line or follows whitespace.
 *
 * @typedef {{ target: string, line: number }} AllowEntry
 */

/**
 * @param {string} text
 * @param {string} fileName named in errors
 * @returns {AllowEntry[]}
 */
export function parseAllowlist(text, fileName) {
  /** @type {AllowEntry[]} */
  const entries = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const target = raw.replace(/(^|\s)#.*$/, '').trim()
    if (target === '') return
    const line = index + 1
    if (!target.startsWith('/') || /\s/.test(target)) {
      throw new Error(`${fileName}:${line}: "${target}" is not a site path: write one path per line starting with "/", e.g. /blog/images/photo.png`)
    }
    entries.push({ target, line })
  })
  return entries
}

/**
 * Splits problems into those the allowlist excuses and those it does not, and names entries that
 * excused nothing (the target came back, or the page citing it went away). Only missing targets can be
 * excused: a URL outside the base path or one that does not parse is always a bug in the page.
 * @template {{ kind: string, target: string }} P
 * @param {readonly P[]} problems
 * @param {readonly AllowEntry[]} entries
 */
export function applyAllowlist(problems, entries) {
  const allowed = new Set(entries.map((entry) => entry.target))
  const isExcused = (/** @type {P} */ problem) => problem.kind === 'missing' && allowed.has(problem.target)
  const excused = problems.filter(isExcused)
  return {
    failures: problems.filter((problem) => !isExcused(problem)),
    excused,
    stale: entries.filter((entry) => !excused.some((problem) => problem.target === entry.target)),
  }
}
