import type { Nodes, Root } from 'mdast'

/**
 * kramdown's typographic conversions, which Jekyll sites get by default: `---` em dash, `--` en dash,
 * `...` ellipsis, `<<` `>>` guillemets, and straight quotes turned curly by what precedes them.
 * Code (inline and fenced) and raw HTML are left as written.
 */
export function smartypants(text: string, before = ''): string {
  let out = ''
  let prev = before
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    const next = text[i + 1] ?? ''
    let put = c
    if (c === '-' && next === '-') {
      const em = text[i + 2] === '-'
      put = em ? '—' : '–'
      i += em ? 2 : 1
    } else if (c === '.' && next === '.' && text[i + 2] === '.') {
      put = '…'
      i += 2
    } else if (c === '<' && next === '<') {
      put = '«'
      i += 1
    } else if (c === '>' && next === '>') {
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

/** Applies `smartypants` to every text node, carrying the preceding character across inline nodes. */
export function remarkTypography() {
  return (tree: Root) => {
    let prev = ''
    const walk = (node: Nodes, inline: boolean) => {
      if (SKIP.has(node.type)) {
        if ('value' in node && typeof node.value === 'string' && node.value !== '') prev = node.value.slice(-1)
        return
      }
      if (node.type === 'text') {
        node.value = smartypants(node.value, prev)
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
