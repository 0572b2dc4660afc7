// @ts-check
/**
 * Which inline scripts on an exported page are the site's own, found the way a browser finds them.
 *
 * Post HTML (a post or page body, a listing's excerpt) is written by React into `<div data-post-html="N">`,
 * where N is the length of that HTML: the element boundary a post cannot forge, because the region is
 * measured, not searched for. Outside post HTML everything is React's own output, whose text and
 * attributes are escaped, so a wrapper's start tag found there is real; the N characters after it are the
 * post's, wherever a parser would end them, and must be followed by the wrapper's own `</div>`.
 *
 * The page itself is then read with parse5, the HTML parser of the specification (scripting on, as in a
 * browser): only real `<script>` elements count, never text in attributes or comments, and one whose start
 * tag lies in post HTML is never the site's, however the post's markup nests, closes or comments around it.
 */
import { parse } from 'parse5'

const WRAPPER = /<div\b[^>]*?\sdata-post-html="(\d+)"[^>]*>/g
const CLOSE = '</div>'
/** Script types a browser runs (no type, a JavaScript MIME type, or a module); JSON-LD and templates are data. */
const RUNNABLE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i

/** The page's post HTML does not sit where its wrapper says: the page was not written by our components. */
export class PostHtmlRegionError extends Error {}

/**
 * Start and end offsets of each post-HTML region (the HTML inside its wrapper), in page order.
 * @param {string} html
 * @returns {[number, number][]}
 */
export function postHtmlRegions(html) {
  /** @type {[number, number][]} */
  const regions = []
  WRAPPER.lastIndex = 0
  for (let wrapper = WRAPPER.exec(html); wrapper; wrapper = WRAPPER.exec(html)) {
    const start = wrapper.index + wrapper[0].length
    const end = start + Number(wrapper[1])
    if (end > html.length || !html.startsWith(CLOSE, end)) {
      throw new PostHtmlRegionError(`post HTML at offset ${start} does not end with its wrapper's </div> after the ${wrapper[1]} characters it declares`)
    }
    regions.push([start, end])
    // Whatever the post wrote, including something like a wrapper, is its own text: scan on after it.
    WRAPPER.lastIndex = end + CLOSE.length
  }
  return regions
}

/**
 * @typedef {{ nodeName: string, attrs?: { name: string, value: string }[], childNodes?: Node[], value?: string,
 *   sourceCodeLocation?: { startOffset: number } | null }} Node
 */

/**
 * The text of each inline script the site itself wrote on the page, in page order.
 * @param {string} html
 * @returns {string[]}
 */
export function ownInlineScripts(html) {
  const regions = postHtmlRegions(html)
  const inPost = (/** @type {number} */ offset) => regions.some(([start, end]) => offset >= start && offset < end)
  /** @type {string[]} */
  const scripts = []
  /** @type {Node[]} */
  const stack = [parse(html, { sourceCodeLocationInfo: true })]
  for (let node = stack.pop(); node; node = stack.pop()) {
    // A <template>'s content is inert and lives apart from childNodes; parse5 leaves it there.
    if (node.childNodes) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(/** @type {Node} */ (node.childNodes[i]))
    if (node.nodeName !== 'script' || !node.attrs) continue
    const offset = node.sourceCodeLocation?.startOffset
    // A script the parser made without a start tag of its own does not exist in HTML; count it as the post's.
    if (offset === undefined || inPost(offset)) continue
    const attributes = new Map(node.attrs.map((attribute) => [attribute.name, attribute.value]))
    if (attributes.has('src') || !RUNNABLE.test((attributes.get('type') ?? '').trim())) continue
    scripts.push((node.childNodes ?? []).map((child) => child.value ?? '').join(''))
  }
  return scripts
}
