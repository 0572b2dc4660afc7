import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { classList, hasClass, isElement } from '../html/hast'

/**
 * Wraps each code block with a bar holding its language and a copy button. The button is `hidden` until
 * the page's script enables it, so without JavaScript nothing offers to copy and fails.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return
      if (parent.type === 'element' && hasClass(parent, 'code-block')) return
      // The line-number gutter of `{% highlight … linenos %}` is not code to copy.
      if (hasClass(node, 'lineno')) return
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

/** `language-ts` on the `<code>` inside, as the highlighter leaves it; `text` counts as none. */
export function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child) => isElement(child, 'code'))
  const classes = code ? classList(code) : []
  const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length)
  return language && language !== 'text' && language !== 'plaintext' ? language : undefined
}
