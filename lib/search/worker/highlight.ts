import { normalize } from '../shared/options'
import type { Segment } from '../shared/protocol'
import { stem } from '../shared/stem'

/*
 * Highlighting as data: text cut into segments (see Segment), each marked matched or not, for React to
 * render as text. No HTML is ever produced and no query text reaches a regular expression, so markup,
 * script tags and regex metacharacters in posts or queries are inert.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

export function wordMatches(word: string, terms: readonly string[]): boolean {
  const folded = normalize(word)
  const stemmed = stem(folded)
  return terms.some((term) => term !== '' && (folded.startsWith(term) || stemmed.startsWith(term)))
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const found of text.matchAll(WORD)) {
    if (!wordMatches(found[0], terms)) continue
    if (found.index > last) segments.push({ text: text.slice(last, found.index), match: false })
    segments.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false })
  return merge(segments)
}

/** A window of about `width` characters around the first match (or the start), cut at spaces. */
export function snippet(text: string, terms: readonly string[], width = 160): Segment[] {
  if (text.length <= width) return highlight(text, terms)
  let first = 0
  for (const found of text.matchAll(WORD)) {
    if (wordMatches(found[0], terms)) {
      first = found.index
      break
    }
  }
  const start = first < width / 3 ? 0 : cutAtSpace(text, first - Math.floor(width / 3))
  const end = cutAtSpace(text, start + width)
  const body = highlight(text.slice(start, end).trim(), terms)
  return merge([...(start > 0 ? [{ text: '… ', match: false }] : []), ...body, ...(end < text.length ? [{ text: ' …', match: false }] : [])])
}

/** The nearest space at or after `at`, never inside a word or between the halves of an emoji. */
function cutAtSpace(text: string, at: number): number {
  const space = text.indexOf(' ', at)
  if (space !== -1 && space - at < 40) return space
  let index = Math.min(at, text.length)
  const code = text.charCodeAt(index)
  if (code >= 0xdc00 && code <= 0xdfff) index++
  return index
}

function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = []
  for (const segment of segments) {
    const previous = out[out.length - 1]
    if (previous && previous.match === segment.match) out[out.length - 1] = { text: previous.text + segment.text, match: segment.match }
    else if (segment.text !== '') out.push(segment)
  }
  return out
}
