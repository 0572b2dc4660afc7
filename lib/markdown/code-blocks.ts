import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Wraps each code block with a bar holding its language and a copy button. The button is `hidden` until
 * the page's script enables it, so without JavaScript nothing offers to copy and fails.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return
      if (parent.type === 'element' && hasClass(parent, 'code-block')) return
      const language = codeLanguage(node)
      const bar: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block__bar'] },
        children: [
          ...(language ? [span(language)] : []),
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-button'], hidden: true },
            children: [{ type: 'text', value: 'Copy' }],
          },
        ],
      }
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'], ...(language ? { dataLanguage: language } : {}) },
        children: [bar, node],
      }
    })
  }
}

function span(language: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['code-block__language'] }, children: [{ type: 'text', value: language }] }
}

function hasClass(node: Element, name: string): boolean {
  return classList(node.properties.className).includes(name)
}

/** hast keeps `className` as a list when parsed; the highlighter writes a raw `class`, list or string. */
function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/) : []
}

/** `language-ts` on the `<code>` inside, as the highlighter leaves it; `text` counts as none. */
export function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  const classes = classList(code?.properties.className ?? code?.properties.class)
  const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length)
  return language && language !== 'text' && language !== 'plaintext' ? language : undefined
}
