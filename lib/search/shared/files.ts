import { SEARCH_FIELDS, type SearchField } from './options'

/**
 * The exported files and their shapes. `manifest.json` is the only fixed name (fetched without
 * caching); every other file carries the build id, a hash of all the index's contents, so a cached
 * file always belongs to the build that names it. One id for all files keeps the manifest from
 * listing thousands of names; per-file hashes would buy little, as a new post renumbers every entry.
 */

export const FORMAT = 2
export const MANIFEST = 'manifest.json'

export type Manifest = {
  format: number
  build: string
  posts: number
  /** For each shard file `s/<build>.<n>.json`, the term prefixes it holds (see shards.ts). */
  shards: string[][]
  /** Posts per card file `c/<build>.<n>.json`; texts are `t/<build>.<post>.json`, facets `f/<build>.json`. */
  cardsPerChunk: number
  popularTags: { name: string; count: number }[]
}

/**
 * A term, the ids of every entry it matches, ascending (newest post first), and, when only some of
 * them hold the term as a whole word (or its stem) rather than as the start of a longer word ("fle"
 * in "fleabrar"), the ids that do. Without that list every id is a whole-word match.
 */
export type MapEntry = [term: string, ids: number[], exact?: number[]]
export type Shard = Partial<Record<SearchField, MapEntry[]>>

/** What a result shows before its snippet arrives. Sections are [anchor id, heading]; index 0 is the intro. */
export type Card = { url: string; title: string; date: string; dateText: string; tags: string[]; authors: string[]; sections: [string, string][] }
export type Facets = { tags: string[]; authors: string[]; posts: [year: number, tags: number[], authors: number[]][] }

export const shardPath = (build: string, shard: number) => `s/${build}.${shard}.json`
export const cardsPath = (build: string, chunk: number) => `c/${build}.${chunk}.json`
export const textPath = (build: string, post: number) => `t/${build}.${post}.json`
export const facetsPath = (build: string) => `f/${build}.json`

// Guards for data arriving over the network: a stale or foreign file fails loudly, never half-works.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number')

export function parseManifest(value: unknown): Manifest {
  if (!isObject(value) || value.format !== FORMAT) throw new Error(`search ${MANIFEST}: not format ${FORMAT}; rebuild the search index`)
  const { build, posts, shards, cardsPerChunk, popularTags } = value
  if (typeof build !== 'string' || typeof posts !== 'number' || typeof cardsPerChunk !== 'number') throw new Error(`search ${MANIFEST}: malformed header`)
  if (!Array.isArray(shards) || !shards.every(isStrings)) throw new Error(`search ${MANIFEST}: malformed shard list`)
  if (!Array.isArray(popularTags)) throw new Error(`search ${MANIFEST}: malformed popular tags`)
  const tags = popularTags.flatMap((tag: unknown) => (isObject(tag) && typeof tag.name === 'string' && typeof tag.count === 'number' ? [{ name: tag.name, count: tag.count }] : []))
  return { format: FORMAT, build, posts, shards, cardsPerChunk, popularTags: tags }
}

/**
 * On disk a shard stores each id list as gaps (the first id, then each difference): ascending ids
 * become small numbers, about half the bytes before compression and a third less after.
 */
export function encodeShard(shard: Shard): string {
  const gaps = (ids: readonly number[]) => ids.map((id, n) => id - (ids[n - 1] ?? 0))
  const encode = ([term, ids, exact]: MapEntry) => (exact ? [term, gaps(ids), gaps(exact)] : [term, gaps(ids)])
  return JSON.stringify(Object.fromEntries(Object.entries(shard).map(([field, entries]) => [field, entries.map(encode)])))
}

export function parseShard(value: unknown): Shard {
  if (!isObject(value)) throw new Error('search shard: not an object')
  const shard: Shard = {}
  for (const field of SEARCH_FIELDS) {
    const entries = value[field]
    if (entries === undefined) continue
    if (!Array.isArray(entries)) throw new Error(`search shard: field ${field} is not a list`)
    shard[field] = entries.map((entry: unknown): MapEntry => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isNumbers(entry[1]) || !(entry[2] === undefined || isNumbers(entry[2]))) {
        throw new Error(`search shard: bad entry in ${field}; rebuild the search index`)
      }
      return entry[2] ? [entry[0], ungap(entry[1]), ungap(entry[2])] : [entry[0], ungap(entry[1])]
    })
  }
  return shard
}

function ungap(gaps: readonly number[]): number[] {
  let id = 0
  return gaps.map((gap) => (id += gap))
}

export function parseCards(value: unknown): Card[] {
  if (!Array.isArray(value)) throw new Error('search cards: not a list')
  return value.map((card: unknown): Card => {
    if (!isObject(card)) throw new Error('search cards: bad card')
    const { url, title, date, dateText, tags, authors, sections } = card
    if (typeof url !== 'string' || typeof title !== 'string' || typeof date !== 'string' || typeof dateText !== 'string' || !isStrings(tags) || !isStrings(authors) || !Array.isArray(sections)) {
      throw new Error('search cards: bad card fields')
    }
    const pairs = sections.map((pair: unknown): [string, string] => (isStrings(pair) && pair.length === 2 ? [pair[0] ?? '', pair[1] ?? ''] : ['', '']))
    return { url, title, date, dateText, tags, authors, sections: pairs }
  })
}

export function parseTexts(value: unknown): string[] {
  if (!isStrings(value)) throw new Error('search text: not a list of text')
  return value
}

export function parseFacets(value: unknown): Facets {
  if (!isObject(value) || !isStrings(value.tags) || !isStrings(value.authors) || !Array.isArray(value.posts)) throw new Error('search facets: malformed')
  const posts = value.posts.map((row: unknown): Facets['posts'][number] => {
    if (!Array.isArray(row) || typeof row[0] !== 'number' || !isNumbers(row[1]) || !isNumbers(row[2])) throw new Error('search facets: bad row')
    return [row[0], row[1], row[2]]
  })
  return { tags: value.tags, authors: value.authors, posts }
}
