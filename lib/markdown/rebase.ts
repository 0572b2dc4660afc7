import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { rebaseSrcset, rebaseUrl } from '../urls/url'
import { URL_ATTRIBUTES } from './links'

/**
 * Post HTML is stored with site-relative URLs (`/blog/images/a.png`) so that one content build serves
 * every deploy; this puts the deploy's base path in front of them when a page renders.
 */
export function rebaseHtml(html: string, basePath: string): string {
  if (basePath === '') return html
  const tree = fromHtml(html, { fragment: true })
  visit(tree, 'element', (node: Element) => {
    for (const attr of URL_ATTRIBUTES) {
      const value = node.properties[attr]
      if (typeof value === 'string') node.properties[attr] = rebaseUrl(value, basePath)
    }
    const srcSet = node.properties.srcSet
    if (typeof srcSet === 'string') node.properties.srcSet = rebaseSrcset(srcSet, basePath)
  })
  return toHtml(tree)
}
