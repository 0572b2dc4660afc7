import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Images in posts load lazily and off the main thread. One without `alt` gets an empty one: the author gave
 * no description, and an empty alt keeps screen readers from reading out the file name instead.
 */
export function rehypeImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      node.properties.alt ??= ''
      node.properties.loading ??= 'lazy'
      node.properties.decoding ??= 'async'
    })
  }
}
