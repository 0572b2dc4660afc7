import type { Nodes, Parents, PhrasingContent, Root } from 'mdast'
import { IAL, applyAttributes, parseAttributeList, readIal, resolve, type Definitions } from './attribute-list'
import { plainText, splitAtInnerIal, takeHeadingId, takeLeadingIal, takeTrailingIal } from './attribute-lines'

/**
 * kramdown's inline attribute lists: `{: .class #id key="value"}` after a block (on the next line, or on
 * its own line before or after it), after a span element (`![x](a.png){: width="300"}`), and attribute
 * list definitions (`{:name: .class}`) that a later list names (`{: name}`). `{:toc}` on a list marks
 * it as the table of contents; `## Heading {#id}` sets a heading's id.
 */

const ALD = /^\{:(\w[\w-]*):\s*([^}]*)\}$/
const SPAN_IAL = /^\{:\s*([^}]*)\}/
const LINES_OF_IALS = /^(?:\{:[^}\n]*\}[ \t]*(?:\n|$))+$/

const INLINE_TARGETS = new Set(['image', 'link', 'emphasis', 'strong', 'inlineCode', 'delete', 'imageReference', 'linkReference'])

/** `*text*{: .x}`, `![a](b){: width="3"}`: a span IAL right after a span element applies to it. */
function spanAttributes(parent: Parents, defs: Definitions): void {
  const kids = parent.children
  for (let i = 1; i < kids.length; i++) {
    const node = kids[i]
    const before = kids[i - 1]
    if (node?.type !== 'text' || before === undefined || !INLINE_TARGETS.has(before.type)) continue
    const m = SPAN_IAL.exec(node.value)
    if (!m) continue
    applyAttributes(before, resolve(parseAttributeList(m[1] ?? ''), defs))
    node.value = node.value.slice(m[0].length)
  }
}

/** The remark plugin: attribute lists applied and removed, so none shows as text. */
export function remarkKramdownAttributes() {
  return (tree: Root) => {
    const defs: Definitions = new Map()
    collectDefinitions(tree, defs)
    walkBlocks(tree, defs)
  }
}

function collectDefinitions(parent: Parents, defs: Definitions): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i]
    if (node === undefined) continue
    if (node.type === 'paragraph') {
      // A definition is a line of its own, even where CommonMark runs it into a paragraph with what follows.
      for (const child of node.children) {
        if (child.type !== 'text') continue
        const before = child.value
        child.value = child.value.replace(/(^|\n)[ \t]*(\{:\w[\w-]*:[^}\n]*\})[ \t]*(?=\n|$)/g, (whole, _start: string, ald: string) => {
          const m = ALD.exec(ald)
          if (!m?.[1]) return whole
          defs.set(m[1], parseAttributeList(m[2] ?? ''))
          return ''
        })
        if (child.value !== before) child.value = child.value.replace(/^\n/, '')
      }
      node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '')
      if (node.children.length === 0) {
        parent.children.splice(i, 1)
        i--
        continue
      }
    }
    if ('children' in node) collectDefinitions(node, defs)
  }
}

function walkBlocks(parent: Parents, defs: Definitions): void {
  const kids = parent.children
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]
    if (node === undefined) continue
    const text = plainText(node)
    if (text !== undefined && LINES_OF_IALS.test(text.trim() + '\n')) {
      // A paragraph of attribute lists alone: definitions are gone; a block IAL goes to the block it touches.
      const lists = text.trim().split('\n').map((line) => line.trim()).filter((line) => IAL.test(line))
      const prev = kids[i - 1]
      const next = kids[i + 1]
      const touchesPrev = prev?.position && node.position && node.position.start.line === prev.position.end.line + 1
      const touchesNext = next?.position && node.position && next.position.start.line === node.position.end.line + 1
      const target = touchesPrev ? prev : touchesNext ? next : undefined
      if (target) for (const list of lists) applyAttributes(target, readIal(list, defs))
      kids.splice(i, 1)
      i--
      continue
    }
    // GFM reads an attribute list on the line after a table as one more row: take it back.
    if (node.type === 'table') {
      const row = node.children.at(-1)
      const cell = row?.children.length === 1 ? row.children[0] : row?.children.filter((c) => c.children.length > 0).length === 1 ? row.children.find((c) => c.children.length > 0) : undefined
      const only = cell?.children.length === 1 ? cell.children[0] : undefined
      const m = only?.type === 'text' ? IAL.exec(only.value.trim()) : null
      if (m && node.children.length > 1) {
        node.children.pop()
        applyAttributes(node, resolve(parseAttributeList(m[1] ?? ''), defs))
      }
    }
    // An attribute list on a line of its own ends the paragraph it closes; the lines after it are a new one.
    const split = node.type === 'paragraph' ? splitAtInnerIal(node) : undefined
    if (split) {
      applyAttributes(split.before, readIal(split.ial, defs))
      kids.splice(i, 1, split.before, split.after)
      spanAttributes(split.before, defs)
      continue
    }
    const headingId = takeHeadingId(node)
    if (headingId) applyAttributes(node, headingId)
    const leading = takeLeadingIal(node)
    if (leading !== undefined) applyAttributes(node, readIal(leading, defs))
    const trailing = takeTrailingIal(node)
    if (trailing !== undefined) {
      const attrs = readIal(trailing.ial, defs)
      // `* TOC\n{:toc}`: an unindented IAL after a list's last item belongs to the list.
      const list = parent.type === 'listItem' && parent.children.at(-1) === node ? listOfItem.get(parent) : undefined
      // `> A tip.\n{: .prompt-tip }`: on a line without `>`, kramdown gives the list to the blockquote.
      const quoteColumn = parent.type === 'blockquote' ? parent.position?.start.column : undefined
      const quote = quoteColumn !== undefined && parent.children.at(-1) === node && trailing.column !== undefined && trailing.column <= quoteColumn ? parent : undefined
      applyAttributes(list ?? quote ?? node, attrs)
    }
    if (node.type === 'list') for (const item of node.children) listOfItem.set(item, node)
    if ('children' in node) {
      if (isPhrasingParent(node)) spanAttributes(node, defs)
      walkBlocks(node, defs)
    }
  }
}

// A list item's list, noted while walking down, for an attribute list that closes the list.
const listOfItem = new WeakMap<Parents, Nodes>()

function isPhrasingParent(node: Nodes): node is Parents & { children: PhrasingContent[] } {
  return ['paragraph', 'heading', 'emphasis', 'strong', 'link', 'delete', 'tableCell'].includes(node.type)
}
