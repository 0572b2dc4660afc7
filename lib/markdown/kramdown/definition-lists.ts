import type { Blockquote, Paragraph, Parents, PhrasingContent, Root } from 'mdast'

/**
 * kramdown definition lists: one or more term lines, then definitions each starting with `: `
 * (a blank line between term and definition is allowed). They become `<dl>`, `<dt>`, `<dd>` through the
 * HTML names set on ordinary Markdown nodes, so every inline element inside keeps working.
 */
export function remarkDefinitionLists() {
  return (tree: Root) => walk(tree)
}

function walk(parent: Parents): void {
  if (!('children' in parent)) return
  const kids = parent.children
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]
    if (node === undefined) continue
    if (node.type === 'paragraph') {
      const lines = splitLines(node.children)
      const first = lines.findIndex((line) => startsWithColon(line))
      if (first > 0) {
        kids[i] = definitionList(lines.slice(0, first), lines.slice(first))
        continue
      }
      // "term", a blank line, then ": definition": the paragraph before is the term.
      const prev = kids[i - 1]
      if (first === 0 && prev?.type === 'paragraph' && !isDefinitionList(prev)) {
        kids.splice(i - 1, 2, definitionList(splitLines(prev.children), lines))
        i--
        continue
      }
      if (first === 0 && prev?.type === 'blockquote' && isDefinitionList(prev)) {
        prev.children.push(...definitionList([], lines).children)
        kids.splice(i, 1)
        i--
        continue
      }
    }
    if ('children' in node) walk(node)
  }
}

type Line = PhrasingContent[]

function isDefinitionList(node: { data?: { hName?: string } }): boolean {
  return node.data?.hName === 'dl'
}

function startsWithColon(line: Line): boolean {
  const head = line[0]
  return head?.type === 'text' && /^:[ \t]+\S/.test(head.value)
}

/** Splits inline content at the newlines inside its text nodes. */
function splitLines(children: readonly PhrasingContent[]): Line[] {
  const lines: Line[] = [[]]
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)?.push(child)
      continue
    }
    const parts = child.value.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part !== '') lines.at(-1)?.push({ type: 'text', value: part })
    })
  }
  return lines.filter((line) => line.length > 0)
}

function joinLines(lines: readonly Line[]): PhrasingContent[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'text' as const, value: '\n' }, ...line]))
}

function definitionList(terms: readonly Line[], rest: readonly Line[]): Blockquote {
  const items: Paragraph[] = terms.map((term) => ({ type: 'paragraph', data: { hName: 'dt' }, children: term }))
  let current: Line[] | undefined
  const flush = () => {
    if (current) items.push({ type: 'paragraph', data: { hName: 'dd' }, children: joinLines(current) })
  }
  for (const line of rest) {
    const head = line[0]
    if (head?.type === 'text' && /^:[ \t]+/.test(head.value)) {
      flush()
      current = [[{ type: 'text', value: head.value.replace(/^:[ \t]+/, '') }, ...line.slice(1)]]
    } else current?.push(line)
  }
  flush()
  return { type: 'blockquote', data: { hName: 'dl' }, children: items }
}
