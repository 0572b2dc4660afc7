import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

/** Test helpers: look into rendered HTML as a tree instead of matching its text. */

/** Every element of an HTML fragment (or only those named `tagName`), in document order. */
export function elements(html: string, tagName?: string): Element[] {
  const found: Element[] = []
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (tagName === undefined || node.tagName === tagName) found.push(node)
  })
  return found
}

/** The element's children that are elements, optionally only those named `tagName`. */
export function childElements(node: Element, tagName?: string): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element' && (tagName === undefined || child.tagName === tagName))
}

/** A token-list property (`className`, `rel`) as plain strings. */
export function tokens(node: Element, property: 'className' | 'rel'): string[] {
  const value: unknown = node.properties[property]
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}

/** A string property, or undefined when it is absent or not text. */
export function attribute(node: Element, property: string): string | undefined {
  const value = node.properties[property]
  return typeof value === 'string' ? value : undefined
}

export function text(node: Element): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/** The item at `index`, failing the test with a clear message when there is none. */
export function nth<T>(list: readonly T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`expected an item at index ${index}, found ${list.length} items`)
  return item
}
