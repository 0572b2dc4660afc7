// Content errors out of the wrappers Contentlayer puts around them (ConfigReadError, UnexpectedMarkdownError,
// "Found N problems in M documents"): the build prints each as its one line (file, field, fix), never a stack.

/** `file: field "name": problem. Fix: fix`, as lib/content/error.ts writes it. */
const SHAPE = /^(?:ContentError: )?[^\n]+: field "[^"\n]+": [^\n]+\. Fix: [^\n]+$/

/**
 * Every ContentError message found in `value`, however deeply Contentlayer wrapped it, in order, once each.
 * @param {unknown} value
 * @returns {string[]}
 */
export function contentErrorsIn(value) {
  const found = new Set()
  const seen = new Set()
  /** @param {unknown} node @param {number} depth */
  const visit = (node, depth) => {
    if (typeof node !== 'object' || node === null || seen.has(node) || depth > 12) return
    seen.add(node)
    // Errors from the Markdown workers arrive as copies: known by their message's shape, not only their name.
    const message = node instanceof Error ? node.message : undefined
    if (message !== undefined && (Reflect.get(node, 'name') === 'ContentError' || SHAPE.test(message))) {
      found.add(message.replace(/^ContentError: /, ''))
      return
    }
    for (const key of Object.getOwnPropertyNames(node)) {
      if (key === 'stack') continue
      visit(Reflect.get(node, key), depth + 1)
    }
  }
  visit(value, 0)
  return [...found]
}

/**
 * Contentlayer's report of documents it could not build ("Found N problems in M documents", each wrapped as
 * "UnexpectedMarkdownError: ContentError: …" with a note that it may be a bug in Contentlayer), told as the
 * content errors it holds, one line each. Any other text is returned as it is.
 * @param {string} text
 * @returns {string}
 */
export function cleanContentlayerReport(text) {
  if (!/Found \d+ problems in \d+ documents/.test(text)) return text
  const lines = [...text.matchAll(/ContentError: ([^\n]+)/g)].map((m) => m[1])
  if (lines.length === 0) return text
  return `Content that cannot be built as it is:\n${[...new Set(lines)].map((line) => `  ${line}`).join('\n')}`
}
