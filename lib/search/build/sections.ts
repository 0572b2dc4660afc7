import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { collapseWhitespace, hasClass, HEADING_ANCHOR, SCREEN_READER_ONLY, sectionHeading, textOf } from '../../html/hast'

/** A searchable part of a post: the intro (id '') or one `h2`/`h3` with its heading id (kramdown's, see lib/markdown/kramdown/header-ids.ts). */
export type Section = { id: string; title: string; text: string }

const SKIPPED = new Set(['script', 'style', 'template', 'noscript'])
/** Block elements end a word even when the HTML has no whitespace between them. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'pre', 'blockquote', 'table', 'tr', 'td', 'th', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'section', 'dd', 'dt', 'hr'])

/**
 * Splits a post's rendered HTML into sections of plain text: code included, markup excluded, and the
 * parts that are only navigation (heading anchor "#", footnote back-links and labels) left out.
 */
export function htmlToSections(html: string): Section[] {
  const sections: Section[] = [{ id: '', title: '', text: '' }]
  const parts: string[][] = [[]]
  const walk = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') parts[parts.length - 1]?.push(node.value)
      if (node.type !== 'element' || isNavigation(node)) continue
      const heading = sectionHeading(node)
      if (heading) {
        sections.push({ id: heading.id, title: collapseWhitespace(textOf(node)), text: '' })
        parts.push([])
        continue
      }
      const block = BLOCKS.has(node.tagName)
      if (block) parts[parts.length - 1]?.push(' ')
      walk(node.children)
      if (block) parts[parts.length - 1]?.push(' ')
    }
  }
  const tree: Root = fromHtml(html, { fragment: true })
  walk(tree.children)
  return sections.map((section, index) => ({ ...section, text: collapseWhitespace(parts[index]?.join('') ?? '') }))
}

function isNavigation(node: Element): boolean {
  if (SKIPPED.has(node.tagName)) return true
  if (hasClass(node, HEADING_ANCHOR) || hasClass(node, SCREEN_READER_ONLY)) return true
  // A code block's bar (its language label and the "Copy" button) is chrome, not the post's prose.
  if (node.tagName === 'button' || hasClass(node, 'code-block__bar')) return true
  // GFM footnotes: the "↩" back-links and the numeric reference markers.
  return 'dataFootnoteBackref' in node.properties || 'dataFootnoteRef' in node.properties
}
