// `next dev` reports an error thrown while rendering each time a page or its metadata or its static paths
// are rendered, with a stack, a code frame and the error's fields: a content error 5 or 6 times, 20 lines
// each. The content watcher has printed it already, once, as one line (lib/dev/problem-report.ts), and the
// browser shows it: the dev runner (lib/dev/run-dev.mjs) passes next dev's output through this filter, which drops those reports.

const COLOUR = /\u001b\[[0-9;]*m/g

/**
 * Returns a function taking one line of next dev's output and giving back the lines to print (none, the
 * line, or a held line and this one).
 * @returns {(line: string) => string[]}
 */
export function createNextOutputFilter() {
  /** Inside a reported ContentError: its stack, code frame and fields follow, indented, until `}`. */
  let inError = false
  /** "Failed to generate static paths for …:", held to see whether a content error follows it. */
  let held = /** @type {string | undefined} */ (undefined)
  return (raw) => {
    const line = raw.replace(COLOUR, '')
    if (inError) {
      if (line === '}') {
        inError = false
        return []
      }
      // Stack (`    at …`), code frame (`  12 |`, `> 12 |`) and fields are indented; anything else is new output.
      if (line === '' || /^\s/.test(line) || line.startsWith('>') || line.startsWith('{')) return []
      inError = false
    }
    const before = held === undefined ? [] : [held]
    held = undefined
    if (/\bContentError\b/.test(line)) {
      inError = true
      return []
    }
    if (/Failed to generate static paths for /.test(line)) {
      held = raw
      return before
    }
    return [...before, raw]
  }
}
