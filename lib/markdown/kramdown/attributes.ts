import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast'

/**
 * kramdown's inline attribute lists: `{: .class #id key="value"}` after a block (on the next line, or on
 * its own line before or after it), after a span element (`![x](a.png){: width="300"}`), and attribute
 * list definitions (`{:name: .class}`) that a later list names (`{: name}`). `{:toc}` on a list marks
 * it as the table of contents; `## Heading {#id}` sets a heading's id.
 */
export type Attributes = {
  id?: string
  classes: string[]
  pairs: Record<string, string>
  /** Names of attribute list definitions, and `toc`. */
  refs: string[]
}

const IAL = /^\{:(?!\w[\w-]*:)\s*([^}]*)\}$/
const ALD = /^\{:(\w[\w-]*):\s*([^}]*)\}$/
const SPAN_IAL = /^\{:\s*([^}]*)\}/
const LINES_OF_IALS = /^(?:\{:[^}\n]*\}[ \t]*(?:\n|$))+$/

/** Parses the inside of `{: … }`. */
export function parseAttributeList(body: string): Attributes {
  const result: Attributes = { classes: [], pairs: {}, refs: [] }
  for (const m of body.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+))|\.([\w-]+)|#([\w-]+)|([\w-]+)/g)) {
    if (m[1] !== undefined) result.pairs[m[1]] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1')
    else if (m[5] !== undefined) result.classes.push(m[5])
    else if (m[6] !== undefined) result.id = m[6]
    else if (m[7] !== undefined) result.refs.push(m[7])
  }
  return result
}

type Definitions = Map<string, Attributes>

/** Resolves references to definitions (and their references), then merges the list's own attributes over them. */
function resolve(attrs: Attributes, defs: Definitions, seen = new Set<string>()): Attributes {
  const merged: Attributes = { classes: [], pairs: {}, refs: [] }
  for (const ref of attrs.refs) {
    const def = defs.get(ref)
    if (def === undefined || seen.has(ref)) {
      merged.refs.push(ref)
      continue
    }
    const inner = resolve(def, defs, new Set([...seen, ref]))
    merged.classes.push(...inner.classes)
    Object.assign(merged.pairs, inner.pairs)
    if (inner.id !== undefined) merged.id = inner.id
    merged.refs.push(...inner.refs)
  }
  merged.classes.push(...attrs.classes)
  Object.assign(merged.pairs, attrs.pairs)
  if (attrs.id !== undefined) merged.id = attrs.id
  return merged
}

/** Puts attributes on a node for the HTML step (`data.hProperties`), classes added to any it has. */
export function applyAttributes(node: Nodes, attrs: Attributes): void {
  const data = (node.data ??= {})
  const props = (data.hProperties ??= {})
  for (const [key, value] of Object.entries(attrs.pairs)) {
    if (key === 'class') props.className = [...classList(props.className), ...value.split(/\s+/).filter(Boolean)]
    else props[key] = value
  }
  if (attrs.classes.length > 0) props.className = [...classList(props.className), ...attrs.classes]
  if (attrs.id !== undefined) props.id = attrs.id
  if (attrs.refs.includes('toc')) props.dataKramdownToc = 'true'
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  return []
}

/** The text of a paragraph made only of plain text, else undefined. */
function plainText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  if (!node.children.every((child) => child.type === 'text')) return undefined
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

/**
 * Removes a trailing `\n{: … }` line from a block's last text, returning what it held and the column its
 * line starts at (1 when nothing, not even a blockquote's `>`, comes before it), when positions are known.
 */
function takeTrailingIal(node: RootContent): { ial: string; column: number | undefined } | undefined {
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
function takeLeadingIal(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const first = node.children[0]
  if (first?.type !== 'text') return undefined
  const m = /^[ \t]*(\{:[^}\n]*\})[ \t]*\n/.exec(first.value)
  if (!m?.[1] || !IAL.test(m[1])) return undefined
  first.value = first.value.slice(m[0].length)
  return m[1]
}

/** Splits a paragraph at a middle line that is an attribute list alone, as kramdown ends a paragraph there. */
function splitAtInnerIal(node: Paragraph): { before: Paragraph; after: Paragraph; ial: string } | undefined {
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
function takeHeadingId(node: RootContent): Attributes | undefined {
  if (node.type !== 'heading') return undefined
  const last = node.children.at(-1)
  if (last?.type !== 'text') return undefined
  const m = /[ \t]+\{((?:#[\w-]+|\.[\w-]+|[\s])+)\}[ \t]*$/.exec(last.value)
  if (!m?.[1]) return undefined
  last.value = last.value.slice(0, m.index)
  return parseAttributeList(m[1])
}

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
      if (target) for (const list of lists) applyAttributes(target, resolve(parseAttributeList(IAL.exec(list)?.[1] ?? ''), defs))
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
      applyAttributes(split.before, resolve(parseAttributeList(IAL.exec(split.ial)?.[1] ?? ''), defs))
      kids.splice(i, 1, split.before, split.after)
      spanAttributes(split.before, defs)
      continue
    }
    const headingId = takeHeadingId(node)
    if (headingId) applyAttributes(node, headingId)
    const leading = takeLeadingIal(node)
    if (leading !== undefined) applyAttributes(node, resolve(parseAttributeList(IAL.exec(leading)?.[1] ?? ''), defs))
    const trailing = takeTrailingIal(node)
    if (trailing !== undefined) {
      const attrs = resolve(parseAttributeList(IAL.exec(trailing.ial)?.[1] ?? ''), defs)
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
