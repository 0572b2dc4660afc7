// @ts-check
import { fromHtml } from 'hast-util-from-html'

/**
 * @typedef {object} Reference  One URL a page asks for, as written in its HTML.
 * @property {string} tag        element name, e.g. "img"
 * @property {string} attribute  HTML attribute, e.g. "src"
 * @property {string} value      the URL as written (one candidate of a srcset)
 *
 * @typedef {object} PageLinks
 * @property {Reference[]} references
 * @property {Set<string>} ids  every fragment target on the page: `id`s and `<a name>`s
 */

/** hast property name → HTML attribute, for every attribute that holds one URL. */
const URL_PROPERTIES = { href: 'href', src: 'src', poster: 'poster' }

/** Social-card metadata that names a file; hosts should serve it like any asset. */
const MEDIA_META = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:video', 'og:audio', 'twitter:image'])

/** Reads a page once: the URLs it references and the fragment ids it offers. */
export function readPageLinks(/** @type {string} */ html) {
  /** @type {PageLinks} */
  const found = { references: [], ids: new Set() }
  visitElements(fromHtml(html), (element) => collect(element, found))
  return found
}

/** @param {import('hast').Element} element @param {PageLinks} found */
function collect(element, found) {
  const { tagName: tag, properties } = element
  const id = properties.id
  if (typeof id === 'string' && id !== '') found.ids.add(id)
  if (tag === 'a' && typeof properties.name === 'string' && properties.name !== '') found.ids.add(properties.name)

  for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
    const value = properties[property]
    if (typeof value === 'string') found.references.push({ tag, attribute, value })
  }
  if (typeof properties.srcSet === 'string') {
    for (const value of srcsetUrls(properties.srcSet)) found.references.push({ tag, attribute: 'srcset', value })
  }
  if (tag === 'meta' && typeof properties.content === 'string' && isMediaMeta(properties)) {
    // Only site-relative values are ours to check; absolute ones point at the production host.
    if (properties.content.startsWith('/') && !properties.content.startsWith('//')) {
      found.references.push({ tag, attribute: 'content', value: properties.content })
    }
  }
}

/** @param {import('hast').Properties} properties */
function isMediaMeta(properties) {
  const key = properties.property ?? properties.name
  const keys = Array.isArray(key) ? key : [key]
  return keys.some((k) => typeof k === 'string' && MEDIA_META.has(k))
}

/**
 * The URLs of a `srcset`, as the HTML parsing rules split it: candidates are separated by commas, a URL
 * runs to the next whitespace, and commas that end a URL belong to the separator (so `a,b.png` is one URL).
 * @param {string} srcset
 * @returns {string[]}
 */
export function srcsetUrls(srcset) {
  const urls = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (rest === '') return urls
    const url = /^\S+/.exec(rest)?.[0] ?? ''
    rest = rest.slice(url.length)
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''))
      continue
    }
    urls.push(url)
    // Skip the descriptors ("2x", "640w") up to the next candidate.
    const comma = rest.indexOf(',')
    rest = comma === -1 ? '' : rest.slice(comma + 1)
  }
}

/** @param {import('hast').Nodes} node @param {(element: import('hast').Element) => void} visit */
function visitElements(node, visit) {
  if (node.type === 'element') visit(node)
  if ('children' in node) for (const child of node.children) visitElements(child, visit)
}
