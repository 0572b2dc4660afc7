import type { Nodes, Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'

/**
 * kramdown's typographic conversions, which Jekyll sites get by default: `---` em dash, `--` en dash,
 * `...` ellipsis, `<<` `>>` guillemets, and straight quotes turned curly by what precedes them.
 * Code (inline and fenced) and raw HTML are left as written.
 */
export function smartypants(text: string, before = '', literal: ReadonlySet<number> = new Set()): string {
  let out = ''
  let prev = before
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    // A character written with a backslash (`\-\-`) is itself, and joins no other: kramdown's escapes.
    const next = text[i + 1] ?? ''
    const joins = !literal.has(i + 1)
    let put = c
    if (literal.has(i)) {
      put = c
    } else if (c === '-' && next === '-' && joins) {
      const em = text[i + 2] === '-' && !literal.has(i + 2)
      put = em ? '—' : '–'
      i += em ? 2 : 1
    } else if (c === '.' && next === '.' && joins && text[i + 2] === '.' && !literal.has(i + 2)) {
      put = '…'
      i += 2
    } else if (c === '<' && next === '<' && joins) {
      put = '«'
      i += 1
    } else if (c === '>' && next === '>' && joins) {
      put = '»'
      i += 1
    } else if (c === '"') {
      put = opens(prev, next) ? '“' : '”'
    } else if (c === "'") {
      // An apostrophe inside or after a word, or before a decade ('80s), is a closing quote.
      put = opens(prev, next) && !/^\d\d/.test(text.slice(i + 1, i + 3)) ? '‘' : '’'
    }
    out += put
    prev = put.slice(-1)
  }
  return out
}

function opens(prev: string, next: string): boolean {
  const afterSpace = prev === '' || /[\s([{\u2014\u2013\-“‘«/]/.test(prev)
  return afterSpace && next !== '' && !/\s/.test(next)
}

const SKIP = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath', 'yaml'])

/** The Markdown each file was parsed from: text nodes lose their backslashes, their positions keep them. */
const parsedSources = new WeakMap<VFile, string>()

/** Keeps the Markdown the parser is given (after Liquid and kramdown's rewrites), for remarkTypography. */
export function remarkKeepSource(this: Processor) {
  const parse = this.parser
  if (!parse) throw new Error('remarkKeepSource must be used after remark-parse')
  this.parser = (document, file) => {
    parsedSources.set(file, document)
    return parse(document, file)
  }
}

/**
 * The indexes of `value` (a text node's text) whose character was written escaped in `source` (the
 * node's span of the Markdown). Where the two cannot be matched (a character reference), the rest is
 * taken as unescaped.
 */
export function escapedIndexes(source: string, value: string): Set<number> {
  const escaped = new Set<number>()
  let j = 0
  for (let i = 0; i < value.length && j < source.length; i++, j++) {
    if (source[j] === '\\' && source[j + 1] === value[i] && /[!-/:-@[-`{-~]/.test(value[i] ?? '')) {
      escaped.add(i)
      j++
    } else if (source[j] !== value[i]) break
  }
  return escaped
}

/** Applies `smartypants` to every text node, carrying the preceding character across inline nodes. */
export function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const source = parsedSources.get(file)
    let prev = ''
    const walk = (node: Nodes, inline: boolean) => {
      if (SKIP.has(node.type)) {
        if ('value' in node && typeof node.value === 'string' && node.value !== '') prev = node.value.slice(-1)
        return
      }
      if (node.type === 'text') {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        const literal = source !== undefined && start !== undefined && end !== undefined ? escapedIndexes(source.slice(start, end), node.value) : undefined
        node.value = smartypants(node.value, prev, literal)
        prev = node.value.slice(-1)
        return
      }
      if (!('children' in node)) return
      const isBlock = !inline && ['paragraph', 'heading', 'tableCell', 'definition', 'listItem', 'blockquote', 'root', 'list', 'table', 'tableRow'].includes(node.type)
      if (isBlock) prev = ''
      for (const child of node.children) walk(child, inline || ['paragraph', 'heading', 'tableCell'].includes(node.type))
    }
    walk(tree, false)
  }
}
