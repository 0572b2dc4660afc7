import type { DocumentOptions, FieldName } from 'flexsearch'
import { stem } from './stem'

/**
 * The one description of the search index, used by the build (build/search-files.ts) and by the browser
 * (the worker). FlexSearch does not store options in its export: both sides must construct the same index.
 */

/** One index entry: a section of a post. Title, tags and authors are only on a post's first entry. */
export type SearchEntry = {
  id: number
  title: string
  heading: string
  tags: string
  author: string
  body: string
}

export type SearchField = Exclude<keyof SearchEntry, 'id'>

/** Fields in order of how much a match there says about the post (see worker/rank.ts for the weights). */
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'heading', 'tags', 'author', 'body']

/**
 * Entry ids pack the post (its place in the newest-first list) and the section: id = post * SLOTS + section.
 * The post and its recency are read off the id without any stored table.
 */
export const SECTION_SLOTS = 64

export const entryId = (post: number, section: number): number => post * SECTION_SLOTS + section
export const postOf = (id: number): number => Math.floor(id / SECTION_SLOTS)
export const sectionOf = (id: number): number => id % SECTION_SLOTS

/** Function words only: dropping them never loses a word a reader would search for. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from if in into is it its of on or so than that the their then there these this those to was were will with'.split(' '),
)

/** Case and accent folding; apostrophes vanish so "Yelp's" is "yelps" (then stemmed to "yelp"). */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '')
}

/**
 * Indexed words and query words are cut to this many characters: the index holds every prefix of a
 * word, so one 10,000-character word cost minutes and megabytes. A longer word is still found by its start.
 */
export const MAX_WORD_LENGTH = 40

export function words(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap(segmentRun)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .filter((word) => word !== '' && !STOPWORDS.has(word))
}

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
/** ICU's dictionary segmentation grows faster than the text (40,000 characters: 4 s); pieces keep it linear. */
const PIECES = /[\s\S]{1,100}/gu
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'word' }) : undefined

/** A run of letters as words: itself, or, in a script without spaces, the words `Intl.Segmenter` finds. */
export function segmentRun(run: string): string[] {
  if (!UNSPACED.test(run)) return [run]
  const out: string[] = []
  // Whole code points: a piece never ends inside a surrogate pair.
  for (const piece of run.match(PIECES) ?? []) {
    if (!segmenter) out.push(piece)
    else for (const part of segmenter.segment(piece)) if (part.isWordLike) out.push(part.segment)
  }
  return out
}

/**
 * Index-side encoder: every word, plus its stem when that differs and is not already a prefix of it
 * (the forward tokenizer indexes every prefix anyway). Keeping the whole word lets a half-typed
 * "buildi" still find "building".
 */
export function encodeForIndex(text: string): string[] {
  const out = new Set<string>()
  for (const word of words(text)) {
    out.add(word)
    const stemmed = stem(word)
    if (!word.startsWith(stemmed)) out.add(stemmed)
  }
  return [...out]
}

/** Query-side terms: stems only, deduplicated, in query order. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map(stem))]
}

/**
 * One score slot: worker/rank.ts orders posts by which words they match and where, never by FlexSearch's
 * position score, and a single slot lets every id list be stored ascending, as small gaps.
 */
const fieldOptions = (field: SearchField) =>
  ({ field, tokenize: 'forward', resolution: 1, encode: encodeForIndex }) as const

export function documentOptions(): DocumentOptions<SearchEntry> {
  return {
    id: 'id',
    index: SEARCH_FIELDS.map((field) => ({ ...fieldOptions(field), field: field satisfies FieldName<SearchEntry> })),
  }
}
