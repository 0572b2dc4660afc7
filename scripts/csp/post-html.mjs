// @ts-check
/**
 * Where post HTML sits on an exported page: each `<div data-post-html>` (the post body, an excerpt)
 * up to its matching `</div>`. Script text is skipped while matching, so a `</div>` inside a script
 * cannot end the region early. Linear in the page's length.
 */
const START = /<div\b[^>]*\sdata-post-html(?:=""|\b)[^>]*>/gi
const TOKEN = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<(\/?)div\b[^>]*>/gi

/**
 * @param {string} html
 * @returns {[number, number][]} start and end offsets of each post-HTML region, in page order
 */
export function postHtmlRegions(html) {
  /** @type {[number, number][]} */
  const regions = []
  START.lastIndex = 0
  for (let start = START.exec(html); start; start = START.exec(html)) {
    TOKEN.lastIndex = start.index + start[0].length
    let depth = 1
    let end = html.length
    for (let token = TOKEN.exec(html); token; token = TOKEN.exec(html)) {
      if (token[0].startsWith('<script') || token[0].startsWith('<SCRIPT')) continue
      depth += token[1] === '/' ? -1 : 1
      if (depth === 0) {
        end = token.index + token[0].length
        break
      }
    }
    regions.push([start.index, end])
    START.lastIndex = end
  }
  return regions
}

/**
 * A test for "this offset is outside every post-HTML region".
 * @param {string} html
 * @returns {(index: number) => boolean}
 */
export function outsidePostHtml(html) {
  const regions = postHtmlRegions(html)
  return (index) => !regions.some(([start, end]) => index >= start && index < end)
}
