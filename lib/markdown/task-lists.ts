import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

/**
 * GFM task items render as `<li><input type="checkbox" disabled> text</li>`: the box has no label, so a
 * screen reader announces an unnamed checkbox (axe: "Form elements must have labels"). The item's own
 * text, without any nested list, names it.
 */
export function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return
      const box = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox')
      if (!box || box.properties.ariaLabel !== undefined) return
      const ownText = node.children
        .filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')))
        .map((child) => toString(child))
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
      if (ownText) box.properties.ariaLabel = ownText
    })
  }
}
