import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

const RUNNABLE_ELEMENTS = new Set(['script', 'style', 'meta', 'base', 'link', 'form', 'object', 'embed', 'noscript', 'template', 'svg'])
const EMBED_SCRIPT = /^https:\/\/(gist\.github\.com|platform\.twitter\.com)\//

/**
 * The first thing in untrusted post HTML that could run script or restyle the page, read with an HTML
 * parser as a browser reads it (a `<script>` written inside an attribute value or a comment is text).
 */
export function firstUnsafe(html: string): string | undefined {
  let found: string | undefined
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (found !== undefined) return
    const src = node.properties.src
    if (RUNNABLE_ELEMENTS.has(node.tagName) && !(node.tagName === 'script' && typeof src === 'string' && EMBED_SCRIPT.test(src))) found = `<${node.tagName}>`
    for (const [name, value] of Object.entries(node.properties)) {
      if (found !== undefined) break
      if (/^on|^srcdoc$/i.test(name)) found = `${name} on <${node.tagName}>`
      else if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found = `${name}="${value.slice(0, 30)}" on <${node.tagName}>`
      else if (name === 'style' && typeof value === 'string' && /position|transform|z-index/i.test(value)) found = `style="${value.slice(0, 40)}" on <${node.tagName}>`
    }
  })
  return found
}
