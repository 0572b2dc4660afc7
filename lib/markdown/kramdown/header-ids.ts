import type { Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

/**
 * kramdown's `auto_ids`, as Jekyll sites have them, so `#anchors` shared from the old site still land:
 * leading characters up to the first letter dropped, then everything but ASCII letters, digits, spaces
 * and hyphens; spaces become hyphens; lower case; `section` when nothing is left; `-1`, `-2` on repeats.
 */
export function kramdownId(text: string): string {
  const id = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase()
  return id === '' ? 'section' : id
}

/** Gives each heading without an id its kramdown id, unique in the page. */
export function rehypeKramdownIds() {
  return (tree: Root) => {
    const used = new Map<string, number>()
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') used.set(node.properties.id, 0)
    })
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id !== undefined) return
      const base = kramdownId(toString(node))
      let id = base
      let count = used.get(base)
      if (count !== undefined) {
        // The next free `base-N`, skipping ids the author set by hand (`{#setup-1}`).
        do {
          count += 1
          id = `${base}-${count}`
        } while (used.has(id))
        used.set(base, count)
      }
      used.set(id, 0)
      node.properties.id = id
    })
  }
}
