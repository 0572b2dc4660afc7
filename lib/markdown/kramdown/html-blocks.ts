/**
 * HTML blocks as kramdown reads them, rewritten so a CommonMark parser reads them the same way:
 * - with `markdown="1"` (or the site's `parse_block_html`), the element's inside is Markdown: the tags are
 *   put on lines of their own with blank lines around the inside, which is un-indented;
 * - otherwise the whole element is raw HTML: blank lines inside it are dropped, so CommonMark does not end
 *   the HTML block early and read the rest (indented, say) as Markdown.
 * `markdown="0"` keeps an element raw even under `parse_block_html`. Fenced code is never touched.
 */
const BLOCK = 'div|section|article|aside|figure|details|header|footer|nav|main|blockquote|center|form|fieldset|dl|ul|ol|table'
const OPEN = new RegExp(`^( {0,3})<(${BLOCK})(\\s[^>]*)?>`, 'i')
const FENCE = /^ {0,3}(`{3,}|~{3,})/

export function rewriteHtmlBlocks(source: string, parseBlockHtml: boolean): string {
  const lines = source.split('\n')
  const out: string[] = []
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const fenceMark = FENCE.exec(line)?.[1]
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
      out.push(line)
      continue
    }
    if (fenceMark !== undefined) {
      fence = fenceMark
      out.push(line)
      continue
    }
    const open = OPEN.exec(line)
    if (!open) {
      out.push(line)
      continue
    }
    const tag = (open[2] ?? '').toLowerCase()
    const attrs = open[3] ?? ''
    const rest = lines.slice(i).join('\n')
    const end = closingIndex(rest, tag)
    if (end === undefined) {
      out.push(line)
      continue
    }
    const element = rest.slice(0, end)
    const mode = /\smarkdown\s*=\s*["']?(1|block|span)["']?/i.exec(attrs)?.[1]
    const off = /\smarkdown\s*=\s*["']?0["']?/i.test(attrs)
    const asMarkdown = !off && (mode !== undefined || (parseBlockHtml && !['table', 'dl', 'ul', 'ol', 'form', 'fieldset'].includes(tag)))
    const consumed = element.split('\n').length
    const tail = (lines[i + consumed - 1] ?? '').slice(lastLineLength(element))
    if (asMarkdown) {
      const openTag = `${open[1] ?? ''}<${open[2] ?? tag}${attrs.replace(/\s+markdown\s*=\s*["']?[^"'\s>]*["']?/i, '')}>`
      const inner = element.slice(open[0].length, element.length - `</${tag}>`.length)
      out.push(openTag, '', rewriteHtmlBlocks(dedent(inner), parseBlockHtml), '', `</${open[2] ?? tag}>${tail}`)
    } else if (/<(pre|script|style|textarea)[\s>]/i.test(element)) {
      // Blank lines inside preformatted text are content: leave such an element as written.
      out.push(...(element + tail).split('\n'))
    } else {
      out.push(...(element + tail).split('\n').filter((l) => l.trim() !== ''))
    }
    i += consumed - 1
  }
  return out.join('\n')
}

/** Index just past the `</tag>` that closes the element opening at the start of `text`, counting nesting. */
function closingIndex(text: string, tag: string): number | undefined {
  const re = new RegExp(`<(/?)${tag}(?:\\s[^>]*)?>`, 'gi')
  let depth = 0
  for (const m of text.matchAll(re)) {
    if (m[0].endsWith('/>')) continue
    depth += m[1] === '/' ? -1 : 1
    if (depth === 0) return m.index + m[0].length
  }
  return undefined
}

function lastLineLength(text: string): number {
  return text.length - text.lastIndexOf('\n') - 1
}

/** Removes the indentation every non-blank line shares, so indented HTML is not read as code. */
function dedent(text: string): string {
  const lines = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n')
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0)
  const cut = indents.length === 0 ? 0 : Math.min(...indents)
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n')
}
