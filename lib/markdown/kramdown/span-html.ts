import type { Html, Nodes, Parent, Root, Text } from 'mdast'

/**
 * Raw HTML inside a paragraph, as kramdown reads it: only span-level elements are HTML there. The opening
 * tag of a block-level element (`<p>`, `<div>`, `<iframe>`…) met mid-paragraph is text, shown as written
 * (kramdown warns "Found block HTML tag … in span-level text"), and so is a closing tag that closes nothing
 * opened in the same paragraph. Comments stay comments. HTML that starts a block of its own is untouched.
 */
// kramdown 2.4's list of block-level elements (Kramdown::Parser::Html::Constants::HTML_BLOCK_ELEMENTS).
const BLOCK_ELEMENTS = new Set(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul'.split(' '),
)
const VOID_ELEMENTS = new Set('area base br col command embed hr img input keygen link meta param source track wbr'.split(' '))
/** Where a paragraph's inline content starts: each holds its own stack of open span elements. */
const INLINE_ROOTS = new Set(['paragraph', 'heading', 'tableCell'])

const OPENING = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?(\/?)>$/s
const CLOSING = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/

export function remarkKramdownSpanHtml() {
  return (tree: Root) => {
    visitInlineRoots(tree)
  }
}

function visitInlineRoots(node: Nodes): void {
  if (!('children' in node)) return
  if (INLINE_ROOTS.has(node.type)) {
    readSpanHtml(node, [])
    return
  }
  for (const child of node.children) visitInlineRoots(child)
}

function readSpanHtml(parent: Parent, open: string[]): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'html') return spanHtml(child, open)
    if ('children' in child) readSpanHtml(child, open)
    return child
  })
}

function spanHtml(node: Html, open: string[]): Html | Text {
  const value = node.value
  const closing = CLOSING.exec(value)
  if (closing) {
    const at = open.lastIndexOf((closing[1] ?? '').toLowerCase())
    if (at === -1) return asText(node)
    open.length = at
    return node
  }
  const opening = OPENING.exec(value)
  if (!opening) return node
  const name = (opening[1] ?? '').toLowerCase()
  if (BLOCK_ELEMENTS.has(name)) return asText(node)
  if (opening[2] !== '/' && !VOID_ELEMENTS.has(name)) open.push(name)
  return node
}

function asText(node: Html): Text {
  return { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) }
}
