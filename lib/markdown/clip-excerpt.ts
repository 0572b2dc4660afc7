import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'

/** About three lines on a wide screen, six on a phone: enough to choose a post, short enough to scan a list. */
export const LISTING_EXCERPT_CHARS = 300

/**
 * An excerpt cut to at most `max` characters of text for listings, at a word boundary with an ellipsis.
 * Links and emphasis before the cut are kept; whole blocks after it (a second paragraph, a list) go.
 * Short excerpts come back unchanged.
 */
export function clipExcerptHtml(html: string, max: number = LISTING_EXCERPT_CHARS): string {
  const tree = fromHtml(html, { fragment: true })
  if (toString(tree).replace(/\s+/g, ' ').trim().length <= max) return html
  const budget = { left: max }
  const clipped: Root = { type: 'root', children: clipChildren(tree.children, budget) }
  return toHtml(clipped)
}

type Budget = { left: number }

function clipChildren<T extends RootContent | ElementContent>(children: readonly T[], budget: Budget): T[] {
  const kept: T[] = []
  for (const child of children) {
    if (budget.left <= 0) break
    if (child.type === 'text') {
      kept.push({ ...child, value: clipText(child, budget) })
    } else if (child.type === 'element') {
      const element: Element = { ...child, children: clipChildren(child.children, budget) }
      kept.push({ ...child, ...element })
    } else {
      kept.push(child)
    }
  }
  return kept
}

function clipText(node: Text, budget: Budget): string {
  const text = node.value.replace(/\s+/g, ' ')
  if (text.length <= budget.left) {
    budget.left -= text.length
    return text
  }
  const cut = text.slice(0, budget.left)
  // When a space follows the cut, its last word is whole.
  const space = text.charAt(budget.left) === ' ' ? cut.length : cut.lastIndexOf(' ')
  budget.left = 0
  // Step back to the last whole word unless that loses most of this piece.
  const words = space > cut.length / 2 ? cut.slice(0, space) : cut
  return `${words.replace(/[\s,;:.!?-]+$/, '')}…`
}
