import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'

/**
 * A post's rendered text as a reader sees it, for comparing two builds: one block per paragraph, heading,
 * list item, table row or code line, blocks separated by a blank line, spaces collapsed inside a block.
 * What a reader does not read is left out: scripts, styles, buttons and anything `aria-hidden` (the "#"
 * anchors after headings). Images count by their alt text, so a changed picture shows up too.
 */
export function renderedText(html: string): string {
  const blocks: string[] = []
  let current = ''
  const flush = () => {
    const block = current.replace(/\s+/g, ' ').trim()
    if (block !== '') blocks.push(block)
    current = ''
  }
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') {
      current += node.value
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (isSkipped(node)) return
      if (node.tagName === 'img') {
        const alt = node.properties.alt
        if (typeof alt === 'string' && alt.trim() !== '') current += ` [${alt.trim()}] `
        return
      }
      if (node.tagName === 'br') {
        current += ' '
        return
      }
      if (node.tagName === 'pre') {
        flush()
        for (const line of textOf(node).split('\n')) {
          current = line
          flush()
        }
        return
      }
    }
    const block = node.type === 'element' && BLOCKS.has(node.tagName)
    if (block) flush()
    for (const child of node.children) walk(child)
    if (block) flush()
  }
  walk(fromHtml(html, { fragment: true }))
  flush()
  return blocks.join('\n\n')
}

/** The blocks of a text made by `renderedText`. */
export function textBlocks(text: string): string[] {
  return text === '' ? [] : text.split('\n\n')
}

const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'tr', 'th', 'td',
  'div', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary', 'ul', 'ol', 'dl', 'table', 'hr', 'figure',
])

function isSkipped(node: Element): boolean {
  if (['script', 'style', 'button', 'template', 'noscript'].includes(node.tagName)) return true
  return String(node.properties.ariaHidden) === 'true'
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && !isSkipped(child)) text += textOf(child)
  }
  return text
}
