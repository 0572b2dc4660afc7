// The pure half of the JavaScript budget: which files a page makes a modern browser fetch at load, and
// how much they weigh gzip-compressed. Shared by `scripts/check-js-budget.mjs` and the bench, so the
// recorded blank-page baseline and the check are measured the same way.
import { gzipSync } from 'node:zlib'

/** Level 9, as `gzip -9`: the size a host that precompresses serves; on-the-fly gzip is a few % larger. */
export const GZIP_LEVEL = 9

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/** @param {string} source the inside of a tag after its name @returns {Map<string, string>} */
function attributes(source) {
  const found = new Map()
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]
    if (name) found.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '')
  }
  return found
}

/**
 * URLs of the site's own scripts a page loads before any interaction — Next.js chunks and files such as
 * the comments loader: `<script src>` (not `nomodule`, which modern browsers skip), `<link
 * rel="modulepreload">` and `<link rel="preload" as="script">`. Prefetches are left out: they are fetched
 * later, for other pages or on demand. Other hosts' scripts (analytics, comments) are not in the export,
 * so they cannot be weighed here.
 * @param {string} html an exported page
 * @returns {string[]} unique site paths (starting with one `/`), in document order
 */
export function loadedScripts(html) {
  const urls = new Set()
  // Script bodies (the RSC payload can quote a post's HTML) are blanked so their text is never read as tags.
  const tagsOnly = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
  for (const match of tagsOnly.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = (match[1] ?? '').toLowerCase()
    const attrs = attributes(match[2] ?? '')
    let url
    if (tag === 'script' && !attrs.has('nomodule')) url = attrs.get('src')
    if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
      if (rel.includes('modulepreload') || (rel.includes('preload') && attrs.get('as') === 'script')) url = attrs.get('href')
    }
    if (url && url.startsWith('/') && !url.startsWith('//')) urls.add(url)
  }
  return [...urls]
}

/**
 * @param {string} url a script's URL, possibly under a base path
 * @param {string} [basePath] the export's base path, '' at the root
 * @returns {string} its path inside `out/`
 */
export function exportPath(url, basePath = '') {
  const pathname = new URL(url, 'http://site.invalid').pathname
  const chunk = pathname.indexOf('/_next/')
  if (chunk >= 0) return pathname.slice(chunk)
  return basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname
}

/** @param {Uint8Array | string} contents @returns {number} */
export function gzipBytes(contents) {
  return gzipSync(contents, { level: GZIP_LEVEL }).length
}

/**
 * @param {number} pageBytes gzip bytes of JavaScript the page loads
 * @param {number} blankBytes the same for a blank Next.js page of the same version
 * @param {number} allowanceBytes what Pressroom may add on top
 */
export function judgeBudget(pageBytes, blankBytes, allowanceBytes) {
  const limit = blankBytes + allowanceBytes
  return { pageBytes, blankBytes, limit, added: pageBytes - blankBytes, withinBudget: pageBytes <= limit }
}
