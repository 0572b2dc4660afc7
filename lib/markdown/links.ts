import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { tokenList } from '../html/hast'

/** Attributes that hold a URL the reader's browser will fetch or follow. */
export const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const

/**
 * Links in posts: absolute links to the site's own origin become site-relative (so a preview links to
 * itself, not to production), and links that leave the site get `rel="noopener"`.
 */
export function rehypeLinks(options: { siteUrl: string }) {
  const own = options.siteUrl.replace(/\/+$/, '')
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attr of URL_ATTRIBUTES) {
        const value = node.properties[attr]
        if (typeof value !== 'string') continue
        if (value === own || value.startsWith(own + '/')) node.properties[attr] = value.slice(own.length) || '/'
      }
      const href = node.properties.href
      if (node.tagName === 'a' && typeof href === 'string' && isExternal(href)) {
        const rel = new Set(tokenList(node.properties.rel))
        rel.add('noopener')
        node.properties.rel = [...rel]
      }
    })
  }
}

export function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href) && !/^(?:mailto|tel):/i.test(href)
}
