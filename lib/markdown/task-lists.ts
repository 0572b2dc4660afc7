import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { collapseWhitespace, isElement, textOf } from '../html/hast'

/**
 * GFM task items render as `<li><input type="checkbox" disabled> text</li>`: the box has no label, so a
 * screen reader announces an unnamed checkbox (axe: "Form elements must have labels"). The item's own
 * text, without any nested list, names it.
 */
export function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return
      const box = node.children.find((child): child is Element => isElement(child, 'input') && child.properties.type === 'checkbox')
      if (!box || box.properties.ariaLabel !== undefined) return
      const ownText = collapseWhitespace(node.children.filter((child) => !isElement(child, 'ul', 'ol')).map(textOf).join(''))
      if (ownText) box.properties.ariaLabel = ownText
    })
  }
}
