// @ts-check
import { readPageLinks } from './extract.mjs'
import { candidateFiles, pageUrlForFile, resolveReference, stripBasePath } from './resolve.mjs'

/**
 * @typedef {object} ExportedSite
 * @property {ReadonlyMap<string, string>} pages  every HTML file (path inside the export) → its HTML
 * @property {ReadonlySet<string>} files          every file in the export, HTML included
 * @property {string} basePath                    '' or '/a/b': the path the site is built to be served under
 *
 * @typedef {object} Problem  A reference that a host serving the export would not satisfy.
 * @property {'missing' | 'outside-base' | 'invalid'} kind  only missing targets can be allowlisted
 * @property {string} target     what is missing: a site path (base stripped), `path#id` for a missing id,
 *                               or the URL as resolved when it is not under the base path at all
 * @property {string} page       URL path of the page that references it
 * @property {string} reference  `<tag attribute="value">` as written
 * @property {string} reason
 */

/**
 * Every internal reference in the export that resolves to no file, to a page lacking the fragment's
 * id, or to a URL outside the base path.
 * @param {ExportedSite} site
 * @returns {Problem[]}
 */
export function findBrokenLinks({ pages, files, basePath }) {
  return findBrokenLinksIn({ links: new Map([...pages].map(([file, html]) => [file, readPageLinks(html)])), files, basePath })
}

/**
 * The same, from each page's links as readPageLinks read them (in other threads, for a large export).
 * @param {{ links: ReadonlyMap<string, import('./extract.mjs').PageLinks>, files: ReadonlySet<string>, basePath: string }} site
 * @returns {Problem[]}
 */
export function findBrokenLinksIn({ links, files, basePath }) {
  /** @type {Problem[]} */
  const problems = []
  for (const [file, { references }] of links) {
    const page = pageUrlForFile(file, basePath)
    for (const ref of references) {
      const reference = `<${ref.tag} ${ref.attribute}="${ref.value}">`
      /** @type {(kind: Problem['kind'], target: string, reason: string) => void} */
      const report = (kind, target, reason) => void problems.push({ kind, target, page, reference, reason })
      const resolved = resolveReference(ref.value, page)
      if (resolved.kind === 'external') continue
      if (resolved.kind === 'invalid') {
        report('invalid', ref.value, resolved.reason)
        continue
      }
      const sitePath = stripBasePath(resolved.path, basePath)
      if (sitePath === undefined) {
        report('outside-base', resolved.path, `outside the base path ${basePath}`)
        continue
      }
      const found = candidateFiles(sitePath).find((candidate) => files.has(candidate))
      if (found === undefined) {
        report('missing', sitePath, 'no such file in the export')
        continue
      }
      const { fragment } = resolved
      const ids = links.get(found)?.ids
      // Fragments of non-HTML files (`#page=2` of a PDF) are not ids; `#top` always scrolls to the top.
      if (fragment === undefined || ids === undefined || ids.has(fragment) || fragment.toLowerCase() === 'top') continue
      report('missing', `${sitePath}#${fragment}`, `no element with id "${fragment}" on that page`)
    }
  }
  return problems
}
