import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { collapseWhitespace, isElement, sectionHeading, textOf } from '../html/hast'

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
    const heading = sectionHeading(node)
    if (heading) headings.push({ ...heading, text: textOf(node).trim() })
  })
  const excerpt = excerptNodes(tree)
  const excerptRoot: Root = { type: 'root', children: excerpt }
  return {
    excerptHtml: toHtml(excerptRoot).trim(),
    excerptText: collapseWhitespace(textOf(excerptRoot)),
    headings,
    words: countWords(textOf(tree)),
  }
}

function excerptNodes(tree: Root): RootContent[] {
  const more = tree.children.findIndex((node) => node.type === 'comment' && MORE.test(node.value))
  if (more >= 0) return tree.children.slice(0, more).filter((node) => node.type !== 'comment')
  const first = tree.children.find((node) => isElement(node, 'p'))
  return first ? [first] : []
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

