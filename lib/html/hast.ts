import type { Element, Nodes } from 'hast'
import { toString } from 'hast-util-to-string'

/**
 * Reading HTML trees (hast), the same way for the Markdown pipeline (lib/markdown/) and the search
 * index (lib/search/build/): which element a node is, its classes, whether a heading starts a
 * section, and its text.
 */

/** The class screen readers announce but the page does not show (the GFM footnotes label carries it). */
export const SCREEN_READER_ONLY = 'sr-only'
/** The class of the "#" link the Markdown pipeline puts beside each heading: navigation, not text. */
export const HEADING_ANCHOR = 'heading-anchor'

/** True for an element, and when `tagNames` are given, for one of those. */
export function isElement(node: Nodes, ...tagNames: string[]): node is Element {
  return node.type === 'element' && (tagNames.length === 0 || tagNames.includes(node.tagName))
}

/** A token-list property (`className`, `rel`) as a list of names, whether hast holds a list or a string. */
export function tokenList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter((name) => name !== '') : []
}

/**
 * An element's classes. hast keeps `className` as a list when it parses HTML; the syntax highlighter
 * writes a raw `class`, as a list or a string.
 */
export function classList(node: Element): string[] {
  return tokenList(node.properties.className ?? node.properties.class)
}

export function hasClass(node: Element, name: string): boolean {
  return classList(node).includes(name)
}

export type SectionHeading = { depth: 2 | 3; id: string }

/**
 * An `h2` or `h3` that starts a section a reader can link to: it has an id (the Markdown chain gives every
 * heading one) and is shown on the page, not only read out like the footnotes label.
 */
export function sectionHeading(node: Element): SectionHeading | undefined {
  if (node.tagName !== 'h2' && node.tagName !== 'h3') return undefined
  const id = node.properties.id
  if (typeof id !== 'string' || id === '' || hasClass(node, SCREEN_READER_ONLY)) return undefined
  return { depth: node.tagName === 'h2' ? 2 : 3, id }
}

/** The text of a node and everything in it, as written (comments left out). */
export function textOf(node: Nodes): string {
  return toString(node)
}

/** Runs of whitespace as one space, none at the ends: text as a reader sees it laid out. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
