/**
 * What post HTML may hold. Post HTML is content, not code: anything that runs script, loads a document
 * of its own, restyles the page around the post or sends a form is removed; everything real posts use
 * (images, figures, tables, details, video and audio, footnotes, task lists, embeds from allowed origins)
 * is kept. Names are HTML attribute names, as written in the source.
 */

/** Removed with everything inside them: what they hold is code, a document of its own, or a form. */
export const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'meta', 'base', 'link', 'title', 'head', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output', 'fieldset', 'label',
  'iframe', 'frame', 'frameset', 'noscript', 'template', 'slot', 'portal', 'svg', 'math', 'canvas', 'dialog',
])

/** Kept as they are (with their allowed attributes). */
export const KEPT = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption',
  'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i',
  'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
])
// Any other element (`<main>`, `<marquee>`, a custom element) is unwrapped: its text stays, the tag goes.

/** Attributes any kept element may carry (plus every `data-*` and `aria-*`). */
const GLOBAL = ['id', 'class', 'title', 'lang', 'dir', 'role', 'hidden', 'style', 'translate']

const PER_TAG: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'name', 'rel', 'target', 'hreflang', 'type'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'align', 'border'],
  source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
  video: ['src', 'poster', 'controls', 'width', 'height', 'autoplay', 'loop', 'muted', 'playsinline', 'preload'],
  audio: ['src', 'controls', 'loop', 'muted', 'preload'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  iframe: ['src', 'width', 'height', 'title', 'allow', 'allowfullscreen', 'loading', 'frameborder', 'referrerpolicy', 'sandbox', 'scrolling'],
  script: ['src', 'async', 'defer', 'charset'],
  input: ['type', 'checked', 'disabled'],
  table: ['align', 'width', 'border', 'cellpadding', 'cellspacing', 'summary'],
  td: ['colspan', 'rowspan', 'align', 'valign', 'width', 'headers', 'scope'],
  th: ['colspan', 'rowspan', 'align', 'valign', 'width', 'headers', 'scope', 'abbr'],
  tr: ['align', 'valign'],
  col: ['span', 'width', 'align'],
  colgroup: ['span', 'width', 'align'],
  ol: ['start', 'reversed', 'type'],
  ul: ['type'],
  li: ['value'],
  time: ['datetime'],
  data: ['value'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  details: ['open'],
  font: ['color', 'face', 'size'],
  p: ['align'],
  div: ['align'],
  h1: ['align'], h2: ['align'], h3: ['align'], h4: ['align'], h5: ['align'], h6: ['align'],
  hr: ['align', 'width', 'size', 'noshade'],
  pre: ['lang'],
  code: ['lang'],
}

export function isAllowedAttribute(tag: string, attribute: string): boolean {
  if (/^on/i.test(attribute)) return false
  if (/^(data|aria)-[a-z0-9_.:-]+$/i.test(attribute)) return true
  return GLOBAL.includes(attribute) || (PER_TAG[tag]?.includes(attribute) ?? false)
}

/** Attributes whose value is a URL, checked by `isSafeUrl`. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'srcset'])

/**
 * Relative URLs, fragments and http(s)/mailto/tel links. `data:` only for images (an image cannot run
 * code); never `javascript:`, `vbscript:` or a `data:` document. Browsers ignore tabs, newlines and
 * leading control characters in a scheme, so those are stripped before looking at it.
 */
export function isSafeUrl(value: string, attribute: string, tag: string): boolean {
  const bare = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1]
  if (scheme === undefined) return true
  if (['http', 'https', 'mailto', 'tel'].includes(scheme)) return true
  return scheme === 'data' && attribute !== 'href' && (tag === 'img' || tag === 'source') && /^data:image\/(png|gif|jpe?g|webp|avif);/.test(bare)
}
