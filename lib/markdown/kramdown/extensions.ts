/**
 * kramdown's extensions, which CommonMark does not know, rewritten before the Markdown is parsed:
 * - `{::comment}…{:/comment}` (or `{:/}`) is dropped, on one line or many;
 * - `{::nomarkdown}…{:/nomarkdown}` keeps its inside as written (raw HTML, no Markdown);
 * - `{::options key="value" /}` is dropped; its `parse_block_html` switches kramdown's HTML-block rule
 *   for the rest of the post, which the caller reads from `parseBlockHtml`.
 * Fenced code and inline code spans are left as they are, so posts about kramdown keep their examples.
 */
export type KramdownExtensions = { source: string; parseBlockHtml: boolean | undefined }

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const EXTENSION = /\{::comment\}[\s\S]*?\{:\/(?:comment)?\}|\{::nomarkdown\}([\s\S]*?)\{:\/(?:nomarkdown)?\}|\{::options\b([^}]*)\/\}/g

export function rewriteKramdownExtensions(source: string): KramdownExtensions {
  if (!source.includes('{::')) return { source, parseBlockHtml: undefined }
  let parseBlockHtml: boolean | undefined
  const out: string[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length === 0) return
    const text = prose.join('\n')
    out.push(
      text.replace(EXTENSION, (whole: string, raw: string | undefined, options: string | undefined, at: number) => {
        if (insideCodeSpan(text, at)) return whole
        if (options !== undefined) {
          const value = /parse_block_html\s*=\s*["']?(true|false)["']?/.exec(options)?.[1]
          if (value !== undefined) parseBlockHtml = value === 'true'
          return ''
        }
        return raw ?? ''
      }),
    )
    prose = []
  }
  let fence: string | undefined
  for (const line of source.split('\n')) {
    const mark = FENCE.exec(line)?.[1]
    if (fence !== undefined) {
      out.push(line)
      if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined
    } else if (mark !== undefined) {
      flush()
      fence = mark
      out.push(line)
    } else {
      prose.push(line)
    }
  }
  flush()
  return { source: out.join('\n'), parseBlockHtml }
}

/** True when an odd number of backticks precede `at` on its line: the match sits in an inline code span. */
function insideCodeSpan(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return (text.slice(lineStart, at).match(/`/g)?.length ?? 0) % 2 === 1
}
