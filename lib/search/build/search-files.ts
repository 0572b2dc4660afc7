import { createHash } from 'node:crypto'
import { cardsPath, facetsPath, FORMAT, MANIFEST, shardPath, textPath, type Card, type Facets, type Manifest } from '../shared/files'
import { SEARCH_FIELDS, type SearchField } from '../shared/options'
import { indexSections } from './index-sections'
import { packShards, type ShardSettings } from './pack'
import type { Section } from './sections'

/** What the index needs of a post: the same data its page renders. `date` is the site-zone day, YYYY-MM-DD. */
export type SearchRecord = { url: string; title: string; date: string; dateText?: string; tags: string[]; authors: string[]; html: string }
export type SearchFile = { path: string; contents: string }
export type BuildSettings = ShardSettings & { cardsPerChunk: number; popularTags: number }

export const DEFAULT_SETTINGS: BuildSettings = {
  shardBytes: 24_000,
  maxPostings: { title: Infinity, heading: Infinity, tags: Infinity, author: Infinity, body: 200 },
  maxPrefixPostings: 200,
  cardsPerChunk: 4,
  popularTags: 8,
}

/**
 * Post records → the static files of the search index (paths relative to the search folder).
 * Pure apart from hashing (and what `sectionsOf` does): no file system, no Next, so benchmarks can call it on
 * generated corpora.
 */
export function buildSearchFiles(
  records: readonly SearchRecord[],
  settings: BuildSettings = DEFAULT_SETTINGS,
  sectionsOf?: (html: string) => Section[],
): { files: SearchFile[]; manifest: Manifest } {
  const posts = [...records].map(checkRecord).sort((a, b) => b.date.localeCompare(a.date))
  const { index, sections, wholeWords } = indexSections(posts, sectionsOf)
  const exported = new Map<string, string>()
  index.export((key, data) => void exported.set(key, data))
  const packed = packShards(mapChunks(exported), settings, wholeWords)

  // Contents first, names after: every name carries the build id, a hash of all of them.
  const cards: Card[][] = []
  for (let start = 0; start < posts.length; start += settings.cardsPerChunk) {
    cards.push(posts.slice(start, start + settings.cardsPerChunk).map((post, offset): Card => {
      const { url, title, date, tags, authors } = post
      const parts = sections[start + offset] ?? []
      return { url, title, date, dateText: post.dateText ?? date, tags, authors, sections: parts.map((section) => [section.id, section.title]) }
    }))
  }
  const contents = {
    shards: packed.map(({ contents }) => contents),
    cards: cards.map((chunk) => JSON.stringify(chunk)),
    texts: sections.map((parts) => JSON.stringify(parts.map((section) => section.text))),
    facets: JSON.stringify(toFacets(posts)),
  }
  const header = {
    format: FORMAT,
    posts: posts.length,
    shards: packed.map(({ prefixes }) => prefixes),
    cardsPerChunk: settings.cardsPerChunk,
    popularTags: popularTags(posts, settings.popularTags),
  }
  const build = hashOf([JSON.stringify(header), contents.facets, ...contents.shards, ...contents.cards, ...contents.texts])
  const manifest: Manifest = { ...header, build }
  const files: SearchFile[] = [
    { path: MANIFEST, contents: JSON.stringify(manifest) },
    { path: facetsPath(build), contents: contents.facets },
    ...contents.shards.map((text, n) => ({ path: shardPath(build, n), contents: text })),
    ...contents.cards.map((text, n) => ({ path: cardsPath(build, n), contents: text })),
    ...contents.texts.map((text, n) => ({ path: textPath(build, n), contents: text })),
  ]
  return { files, manifest }
}

/**
 * FlexSearch exports a field's term map in chunks (`body.1.map`, `body.2.map`, …) of a size that
 * shrinks as the index grows: past a few thousand posts a field has many. Every chunk is kept.
 */
function mapChunks(exported: ReadonlyMap<string, string>): { field: SearchField; json: string }[] {
  return [...exported].flatMap(([key, json]) => {
    const field = SEARCH_FIELDS.find((name) => key.startsWith(`${name}.`) && /^\d+\.map$/.test(key.slice(name.length + 1)))
    return field ? [{ field, json }] : []
  })
}

function checkRecord(record: SearchRecord): SearchRecord {
  const where = `search record ${record.url || '(no url)'}`
  if (!record.url.startsWith('/')) throw new Error(`${where}: field "url" must be site-relative, starting with "/"`)
  if (record.title.trim() === '') throw new Error(`${where}: field "title" is empty; give the post a title`)
  if (!/^\d{4}-\d{2}-\d{2}/.test(record.date)) throw new Error(`${where}: field "date" is "${record.date}", expected YYYY-MM-DD`)
  return record
}

function toFacets(posts: readonly SearchRecord[]): Facets {
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort()
  const authors = [...new Set(posts.flatMap((post) => post.authors))].sort()
  return {
    tags,
    authors,
    posts: posts.map((post) => [Number(post.date.slice(0, 4)), post.tags.map((tag) => tags.indexOf(tag)), post.authors.map((author) => authors.indexOf(author))]),
  }
}

function popularTags(posts: readonly SearchRecord[], count: number): Manifest['popularTags'] {
  const counts = new Map<string, number>()
  for (const tag of posts.flatMap((post) => post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([name, n]) => ({ name, count: n })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, count)
}

function hashOf(parts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 12)
}
