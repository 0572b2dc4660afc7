// @ts-check
/**
 * Content-Security-Policy for the exported site, in two halves that browsers enforce together:
 *
 * - The page policy, a `<meta http-equiv>` written into every HTML file after the build, lists the
 *   sha256 of each inline script on that page. Next's static export inlines the page's RSC payload
 *   (`self.__next_f.push(…)`) as scripts that differ on every page, so no single header can hash them;
 *   the meta also works on GitHub Pages, which sets no headers at all.
 * - The header policy (the host configs, generated from headers.mjs) repeats the same directives with
 *   'unsafe-inline' for scripts, because a header cannot name per-page hashes, and adds what a meta cannot
 *   carry (frame-ancestors). Both policies are enforced, so an inline script runs only when the page's
 *   meta lists its hash; if the meta step were skipped, the header still confines everything to 'self'.
 */
import { createHash } from 'node:crypto'
import { DEFAULT_EMBED_ORIGINS } from '../../deploy/embed-origins.mjs'
import { ownInlineScripts } from './post-html.mjs'

/** Posts may embed iframes and scripts from these origins (the same list the sanitiser keeps). */
const EMBEDS = DEFAULT_EMBED_ORIGINS.join(' ')

/** Fetch directives for every page; `script-src` gets the page's hashes appended. */
const PAGE_DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${EMBEDS}`],
  ['frame-src', `'self' ${EMBEDS}`],
  // Syntax highlighting colours tokens with style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  // Posts may show images from elsewhere; images cannot run code.
  ['img-src', "'self' data: https:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
]

/**
 * Origins a switched-on service needs (analytics, comments), by directive; see lib/build/csp/site-sources.ts.
 * @typedef {Partial<Record<string, string[]>>} Sources
 */

/**
 * The directives with `sources` added; a directive not listed yet (frame-src) begins with 'self'.
 * @param {Sources} sources
 * @returns {[string, string][]}
 */
function directivesWith(sources) {
  /** @type {[string, string][]} */
  const directives = PAGE_DIRECTIVES.map(([name = '', value = '']) => [name, [value, ...(sources[name] ?? [])].join(' ')])
  for (const [name, values] of Object.entries(sources)) {
    if (values && values.length > 0 && !PAGE_DIRECTIVES.some(([known]) => known === name)) directives.push([name, ["'self'", ...values].join(' ')])
  }
  return directives
}

/** The host header's policy: every page's directives plus what only a header can say. @param {Sources} [sources] */
export function headerPolicy(sources = {}) {
  return [
    ...directivesWith(sources).map(([name, value]) => `${name} ${name === 'script-src' ? `${value} 'unsafe-inline'` : value}`),
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The header policy of a site with no services switched on. */
export const HEADER_POLICY = headerPolicy()

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i

/** @param {string} text */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The text of every inline script Pressroom itself wrote on a page (scripts with a `src` are covered by
 * 'self'), read with an HTML parser (./post-html.mjs). A script inside post HTML is never listed: the
 * sanitiser removes those, and should one get through (a post or page whose HTML is trusted), the page's
 * policy still refuses to run it.
 * @param {string} html
 */
export function inlineScripts(html) {
  return ownInlineScripts(html)
}

/**
 * @param {readonly string[]} scripts
 * @param {Sources} [sources]
 */
export function pagePolicy(scripts, sources = {}) {
  const hashes = [...new Set(scripts.map(sha256Source))]
  return directivesWith(sources).map(([name, value]) => (name === 'script-src' ? [name, [value, ...hashes].join(' ')] : [name, value]))
    .map((directive) => directive.join(' '))
    .join('; ')
}

/**
 * The page with its policy meta (re)written right after the charset, before any script it governs.
 * @param {string} html
 * @param {(html: string) => Sources} [sourcesFor]  what the page's services need
 */
export function withPagePolicy(html, sourcesFor = () => ({})) {
  const bare = html.replace(META_PATTERN, '')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScripts(bare), sourcesFor(bare))}"/>`
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(bare)
  const anchor = charset ?? /<head[^>]*>/i.exec(bare)
  if (!anchor) throw new Error('page has no <head>: cannot place its Content-Security-Policy')
  const at = anchor.index + anchor[0].length
  return bare.slice(0, at) + meta + bare.slice(at)
}

/**
 * Inline scripts the page's own policy does not allow (empty when the page is in order).
 * @param {string} html
 * @returns {string[]} the first 60 characters of each unlisted script, or a note that the meta is missing
 */
export function unlistedScripts(html) {
  const meta = META_PATTERN.exec(html)
  if (!meta) return ['(no Content-Security-Policy meta: run `node scripts/csp.mjs --dir <out>` after the build)']
  return inlineScripts(html)
    .filter((script) => !meta[0].includes(sha256Source(script)))
    .map((script) => script.slice(0, 60))
}
