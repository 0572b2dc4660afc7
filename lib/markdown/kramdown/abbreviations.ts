import type { Parents, PhrasingContent, Root } from 'mdast'

const DEFINITION = /^\*\[([^\]\n]+)\]:[ \t]*(.*)$/
const SKIP = new Set(['inlineCode', 'code', 'html', 'link', 'linkReference', 'yaml'])

/**
 * kramdown abbreviations: `*[HTML]: Hyper Text Markup Language` lines anywhere in the post define them
 * (and are removed); every whole-word use in the text becomes `<abbr title="…">`.
 */
export function remarkAbbreviations() {
  return (tree: Root) => {
    const abbrs = new Map<string, string>()
    collect(tree, abbrs)
    if (abbrs.size === 0) return
    const words = [...abbrs.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
    const pattern = new RegExp(`(?<![\\w])(${words.join('|')})(?![\\w])`, 'g')
    wrap(tree, pattern, abbrs)
  }
}

function collect(parent: Parents, abbrs: Map<string, string>): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i]
    if (node === undefined) continue
    if (node.type === 'paragraph' && node.children.every((child) => child.type === 'text')) {
      const lines = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('').split('\n')
      const defs = lines.map((line) => DEFINITION.exec(line.trim()))
      if (defs.every((def) => def !== null)) {
        for (const def of defs) if (def?.[1]) abbrs.set(def[1].trim(), (def[2] ?? '').trim())
        parent.children.splice(i, 1)
        i--
        continue
      }
    }
    if ('children' in node) collect(node, abbrs)
  }
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'tableCell'])

function wrap(parent: Parents, pattern: RegExp, abbrs: ReadonlyMap<string, string>): void {
  for (const node of parent.children) {
    if (!('children' in node) || SKIP.has(node.type) || node.data?.hName === 'abbr') continue
    if (PHRASING_PARENTS.has(node.type) && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'tableCell')) {
      node.children = wrapPhrasing(node.children, pattern, abbrs)
    }
    wrap(node, pattern, abbrs)
  }
}

function wrapPhrasing(children: PhrasingContent[], pattern: RegExp, abbrs: ReadonlyMap<string, string>): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of children) {
    if (node.type !== 'text') {
      out.push(node)
      continue
    }
    let last = 0
    for (const m of node.value.matchAll(pattern)) {
      const word = m[1] ?? ''
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) })
      out.push({ type: 'emphasis', data: { hName: 'abbr', hProperties: { title: abbrs.get(word) ?? '' } }, children: [{ type: 'text', value: word }] })
      last = m.index + word.length
    }
    if (last === 0) out.push(node)
    else if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  }
  return out
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
