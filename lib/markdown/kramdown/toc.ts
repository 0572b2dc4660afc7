import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

export type TocOptions = {
  /** kramdown's `toc_levels`: the heading levels listed (default 1 to 6). */
  levels?: readonly number[]
}

const HEADING = /^h([1-6])$/

/**
 * kramdown's `{:toc}`: the list it marks is replaced by a nested list of links to the page's headings
 * (those with an id, not marked `.no_toc`), `ul#markdown-toc` as kramdown writes it. Runs after headings
 * get their ids, so the links match them.
 */
export function rehypeKramdownToc(options: TocOptions = {}) {
  const levels = new Set(options.levels ?? [1, 2, 3, 4, 5, 6])
  return (tree: Root) => {
    const marked: Element[] = []
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'ul' || node.tagName === 'ol') && node.properties.dataKramdownToc !== undefined) marked.push(node)
    })
    if (marked.length === 0) return
    const headings: { level: number; id: string; text: string }[] = []
    visit(tree, 'element', (node) => {
      const level = Number(HEADING.exec(node.tagName)?.[1] ?? 0)
      if (!level || !levels.has(level)) return
      const classes = node.properties.className
      if (Array.isArray(classes) && classes.some((c) => c === 'no_toc' || c === 'sr-only')) return
      const id = node.properties.id
      if (typeof id !== 'string') return
      headings.push({ level, id, text: toString(node).trim() })
    })
    for (const list of marked) {
      list.tagName = list.tagName === 'ol' ? 'ol' : 'ul'
      list.properties = { id: 'markdown-toc' }
      list.children = nest(headings, list.tagName)
    }
  }
}

/** Headings in order to nested list items: a deeper heading opens a list inside the item before it. */
function nest(headings: readonly { level: number; id: string; text: string }[], tagName: string): ElementContent[] {
  const root: ElementContent[] = []
  const stack: { level: number; items: ElementContent[]; last: Element | undefined }[] = [{ level: 0, items: root, last: undefined }]
  for (const heading of headings) {
    while (stack.length > 1 && (stack.at(-1)?.level ?? 0) >= heading.level) stack.pop()
    let top = stack.at(-1)
    if (!top) break
    if (top.level !== 0 && top.last && heading.level > top.level) {
      // Open a list inside the previous item for this deeper heading.
      const inner: Element = { type: 'element', tagName, properties: {}, children: [] }
      top.last.children.push(inner)
      const frame = { level: heading.level, items: inner.children, last: undefined }
      stack.push(frame)
      top = frame
    } else if (top.level === 0) {
      const frame = { level: heading.level, items: root, last: undefined }
      stack.push(frame)
      top = frame
    }
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [{ type: 'element', tagName: 'a', properties: { href: `#${heading.id}` }, children: [{ type: 'text', value: heading.text }] }],
    }
    top.items.push(item)
    top.last = item
  }
  return root
}
