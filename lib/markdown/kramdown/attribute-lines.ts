import type { Paragraph, PhrasingContent, RootContent } from 'mdast'
import { IAL, parseAttributeList, type Attributes } from './attribute-list'

/** Where an attribute list stands in a block's text, taken out of the text as CommonMark left it there. */

/** The text of a paragraph made only of plain text, else undefined. */
export function plainText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  if (!node.children.every((child) => child.type === 'text')) return undefined
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

/**
 * Removes a trailing `\n{: … }` line from a block's last text, returning what it held and the column its
 * line starts at (1 when nothing, not even a blockquote's `>`, comes before it), when positions are known.
 */
export function takeTrailingIal(node: RootContent): { ial: string; column: number | undefined } | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined
  const last = node.children.at(-1)
  if (last?.type !== 'text') return undefined
  const m = /\n[ \t]*(\{:[^}\n]*\})[ \t]*$/.exec(last.value)
  if (!m?.[1] || !IAL.test(m[1])) return undefined
  last.value = last.value.slice(0, m.index)
  const end = last.position?.end.column
  return { ial: m[1], column: end === undefined ? undefined : end - (m[0].length - 1) }
}

/** Removes a leading `{: … }\n` line from a paragraph (a block IAL right before its block). */
export function takeLeadingIal(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const first = node.children[0]
  if (first?.type !== 'text') return undefined
  const m = /^[ \t]*(\{:[^}\n]*\})[ \t]*\n/.exec(first.value)
  if (!m?.[1] || !IAL.test(m[1])) return undefined
  first.value = first.value.slice(m[0].length)
  return m[1]
}

/** Splits a paragraph at a middle line that is an attribute list alone, as kramdown ends a paragraph there. */
export function splitAtInnerIal(node: Paragraph): { before: Paragraph; after: Paragraph; ial: string } | undefined {
  for (let c = 0; c < node.children.length; c++) {
    const child = node.children[c]
    if (child?.type !== 'text') continue
    const m = /(^|\n)[ \t]*(\{:[^}\n]*\})[ \t]*\n/.exec(child.value)
    if (!m?.[2] || !IAL.test(m[2])) continue
    // At the start of a text node the list is alone on its line only if the node before ended that line.
    const prev = node.children[c - 1]
    if (m.index === 0 && m[1] === '' && !(prev?.type === 'text' && prev.value.endsWith('\n'))) continue
    const head = child.value.slice(0, m.index)
    const tail = child.value.slice(m.index + m[0].length)
    const beforeKids: PhrasingContent[] = [...node.children.slice(0, c), ...(head ? [{ type: 'text' as const, value: head }] : [])]
    const afterKids: PhrasingContent[] = [...(tail ? [{ type: 'text' as const, value: tail }] : []), ...node.children.slice(c + 1)]
    if (beforeKids.length === 0 || afterKids.length === 0) continue
    return { before: { type: 'paragraph', children: beforeKids }, after: { type: 'paragraph', children: afterKids }, ial: m[2] }
  }
  return undefined
}

/** `## Heading {#id .class}`: kramdown's header attributes at the end of a heading line. */
export function takeHeadingId(node: RootContent): Attributes | undefined {
  if (node.type !== 'heading') return undefined
  const last = node.children.at(-1)
  if (last?.type !== 'text') return undefined
  const m = /[ \t]+\{((?:#[\w-]+|\.[\w-]+|[\s])+)\}[ \t]*$/.exec(last.value)
  if (!m?.[1]) return undefined
  last.value = last.value.slice(0, m.index)
  return parseAttributeList(m[1])
}

