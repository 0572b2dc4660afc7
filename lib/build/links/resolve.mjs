// @ts-check
/**
 * URL arithmetic for the link check, as a static host does it: which URL a page lives at, what a
 * reference on it resolves to, and which exported file answers that URL.
 *
 * @typedef {{ kind: 'external' }
 *   | { kind: 'internal', path: string, fragment: string | undefined }
 *   | { kind: 'invalid', reason: string }} Resolved
 */

// A stand-in origin: references that resolve anywhere else leave the site.
const ORIGIN = 'http://export.invalid'

/**
 * Resolves `value` against the page at URL path `pageUrl`. Other origins and schemes (https, mailto,
 * tel, data, javascript) are external; `#x` alone is an internal reference to the page itself.
 * @param {string} value
 * @param {string} pageUrl
 * @returns {Resolved}
 */
export function resolveReference(value, pageUrl) {
  let url
  try {
    url = new URL(value.trim(), ORIGIN + pageUrl)
  } catch {
    return { kind: 'invalid', reason: 'not a URL' }
  }
  if (url.origin !== ORIGIN) return { kind: 'external' }
  const path = decode(url.pathname)
  const fragment = url.hash.length > 1 ? decode(url.hash.slice(1)) : ''
  if (path === undefined || fragment === undefined) return { kind: 'invalid', reason: 'malformed %-escape' }
  return { kind: 'internal', path, fragment: fragment === '' ? undefined : fragment }
}

/** @param {string} text */
function decode(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/**
 * The path inside the site for a URL path the browser requests, or undefined when the URL is outside
 * the base path (a host serving the site under that path would answer it with its own 404).
 * @param {string} path
 * @param {string} basePath '' or '/a/b'
 */
export function stripBasePath(path, basePath) {
  if (basePath === '') return path
  if (path === basePath) return '/'
  return path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : undefined
}

/**
 * The URL path a host serves an exported HTML file at: `tags/index.html` → `/base/tags/`.
 * @param {string} file path inside the export, `/`-separated
 * @param {string} basePath
 */
export function pageUrlForFile(file, basePath) {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file
  return `${basePath}/${path}`
}

/**
 * Files that can answer a site path, in the order static hosts try them: a path ending in `/` is a
 * folder's index.html; any other is the file itself, else a folder (redirected to its slash) or `.html`.
 * @param {string} sitePath starts with '/'
 * @returns {string[]} paths inside the export
 */
export function candidateFiles(sitePath) {
  const inside = sitePath.slice(1)
  if (inside === '' || inside.endsWith('/')) return [`${inside}index.html`]
  return [inside, `${inside}/index.html`, `${inside}.html`]
}
