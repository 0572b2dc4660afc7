import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

export type Heading = { depth: 2 | 3; id: string; text: string }

export type HtmlSummary = {
  /** `<!-- more -->` and what comes before it, else the first paragraph. */
  excerptHtml: string
  /** The excerpt as plain text, for descriptions and feeds. */
  excerptText: string
  /** Section headings (`h2`, `h3`) with their slugged ids, in order. */
  headings: Heading[]
  words: number
}

const MORE = /^\s*more\s*$/i

export function summarizeHtml(html: string): HtmlSummary {
  const tree = fromHtml(html, { fragment: true })
  const headings: Heading[] = []
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof id === 'string' && !isScreenReaderOnly(node)) {
      headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: toString(node).trim() })
    }
  })
  const excerpt = excerptNodes(tree)
  const excerptRoot: Root = { type: 'root', children: excerpt }
  return {
    excerptHtml: toHtml(excerptRoot).trim(),
    excerptText: toString(excerptRoot).replace(/\s+/g, ' ').trim(),
    headings,
    words: countWords(toString(tree)),
  }
}

function excerptNodes(tree: Root): RootContent[] {
  const more = tree.children.findIndex((node) => node.type === 'comment' && MORE.test(node.value))
  if (more >= 0) return tree.children.slice(0, more).filter((node) => node.type !== 'comment')
  const first = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p')
  return first ? [first] : []
}

function isScreenReaderOnly(node: Element): boolean {
  const className = node.properties.className
  return Array.isArray(className) && className.includes('sr-only')
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

