import { Document } from 'flexsearch'
import { cardsPath, facetsPath, MANIFEST, parseCards, parseFacets, parseManifest, parseShard, parseTexts, shardPath, textPath, type Card, type Facets, type Manifest } from './files'
import { snippet, type Segment } from './highlight'
import { documentOptions, encodeForIndex, queryTerms, SEARCH_FIELDS, type SearchEntry, type SearchField } from './options'
import { hasFilters, matchesFilters, type Filters } from './filters'
import { fuse, preferCoverage, termMatches, type RankedPost } from './rank'
import { nearestTerm } from './typo'
import { shardFor, toDirectory, type Directory } from './shards'

/** Fetches a file of the search folder as parsed JSON (fetch in the browser, a map in tests). */
export type Loader = (path: string) => Promise<unknown>

export type ResultSection = { index: number; id: string; title: string }
export type Result = Omit<Card, 'sections' | 'text'> & { post: number; sections: ResultSection[] }
export type SearchResponse = { query: string; terms: string[]; corrected: string | undefined; total: number; results: Result[] }

const FIELD_LIMIT = 500

/**
 * The query side, independent of where it runs: loads the manifest, the shards a query's terms live
 * in and the cards of the results shown, imports shards into a FlexSearch index built with the shared
 * options, and ranks. The worker wraps it; unit tests drive it with an in-memory loader.
 */
export class SearchEngine {
  private readonly index = new Document<SearchEntry>(documentOptions())
  private readonly loaded = new Set<string>()
  private readonly vocabulary = new Map<string, number>()
  private readonly cache = new Map<string, Promise<unknown>>()
  private manifestPromise: Promise<{ manifest: Manifest; directory: Directory }> | undefined

  constructor(private readonly load: Loader) {}

  async manifest(): Promise<Manifest> {
    return (await this.manifestAndDirectory()).manifest
  }

  async facets(): Promise<Facets> {
    const { build } = await this.manifest()
    return parseFacets(await this.fetchOnce(facetsPath(build)))
  }

  async search(query: string, filters: Filters, limit = 10): Promise<SearchResponse> {
    let terms = queryTerms(query)
    let corrected: string | undefined
    let ranked: RankedPost[]
    if (terms.length === 0) {
      ranked = hasFilters(filters) ? (await this.facets()).posts.map((_, post) => ({ post, score: 0, sections: [] })) : []
    } else {
      ranked = await this.rank(terms)
      if (ranked.length === 0) {
        const fixed = terms.map((term) => (this.vocabulary.has(term) ? term : (nearestTerm(term, this.vocabulary) ?? term)))
        if (fixed.some((term, i) => term !== terms[i])) {
          terms = fixed
          corrected = fixed.join(' ')
          ranked = await this.rank(terms)
        }
      }
    }
    if (hasFilters(filters)) {
      const facets = await this.facets()
      ranked = ranked.filter(({ post }) => {
        const row = facets.posts[post]
        if (!row) return false
        const [year, tags, authors] = row
        return matchesFilters({ year, tags: tags.map((t) => facets.tags[t] ?? ''), authors: authors.map((a) => facets.authors[a] ?? '') }, filters)
      })
    }
    const results = await Promise.all(ranked.slice(0, limit).map((hit) => this.result(hit)))
    return { query, terms, corrected, total: ranked.length, results }
  }

  /** Highlighted snippets of a post's sections (index 0 is the intro), fetched only when shown. */
  async snippets(post: number, sections: readonly number[], terms: readonly string[]): Promise<Segment[][]> {
    const { build } = await this.manifest()
    const texts = parseTexts(await this.fetchOnce(textPath(build, post)))
    return sections.map((section) => snippet(texts[section] ?? '', terms))
  }

  private async rank(terms: readonly string[]): Promise<RankedPost[]> {
    await this.loadShards(terms)
    // The query is fed through the index-side encoder; query terms are stems, which it keeps as they are.
    const query = terms.join(' ')
    const fused = fuse(SEARCH_FIELDS.map((field) => ({ field, ids: this.ids(query, field, true) })))
    if (terms.length < 2) return fused
    return preferCoverage(fused, terms.map((term) => termMatches(SEARCH_FIELDS.map((field) => ({ field, ids: this.ids(term, field, false) })))), (await this.manifest()).posts)
  }

  private ids(query: string, field: SearchField, suggest: boolean): number[] {
    const found = this.index.search(query, { index: field, limit: FIELD_LIMIT, suggest })
    return found.flatMap((group) => group.result).filter((id): id is number => typeof id === 'number')
  }

  private async loadShards(terms: readonly string[]): Promise<void> {
    const { manifest, directory } = await this.manifestAndDirectory()
    const numbers = new Set(terms.flatMap((term) => encodeForIndex(term)).flatMap((term) => shardFor(term, directory) ?? []))
    await Promise.all([...numbers].map(async (number) => {
      const path = shardPath(manifest.build, number)
      const shard = parseShard(await this.fetchOnce(path))
      if (this.loaded.has(path)) return
      this.loaded.add(path)
      for (const field of SEARCH_FIELDS) {
        const entries = shard[field]
        if (!entries) continue
        this.index.import(`${field}.1.map`, JSON.stringify(entries))
        for (const [term, slots] of entries) this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + slots.reduce((n, slot) => n + (slot?.length ?? 0), 0))
      }
    }))
  }

  private async card(post: number): Promise<Card> {
    const { build, posts, cardsPerChunk } = await this.manifest()
    const card = post < 0 || post >= posts ? undefined : parseCards(await this.fetchOnce(cardsPath(build, Math.floor(post / cardsPerChunk))))[post % cardsPerChunk]
    if (!card) throw new Error(`search: no card for post ${post}; the index files are incomplete`)
    return card
  }

  private async result({ post, sections }: RankedPost): Promise<Result> {
    const { url, title, date, dateText, tags, authors, sections: all } = await this.card(post)
    return {
      url, title, date, dateText, tags, authors,
      post,
      sections: sections.filter((index) => index > 0).flatMap((index) => {
        const pair = all[index]
        return pair ? [{ index, id: pair[0], title: pair[1] }] : []
      }),
    }
  }

  private manifestAndDirectory(): Promise<{ manifest: Manifest; directory: Directory }> {
    this.manifestPromise ??= this.load(MANIFEST).then((value) => {
      const manifest = parseManifest(value)
      return { manifest, directory: toDirectory(manifest.shards) }
    })
    return this.manifestPromise
  }

  private fetchOnce(path: string): Promise<unknown> {
    let pending = this.cache.get(path)
    if (!pending) {
      pending = this.load(path)
      this.cache.set(path, pending)
    }
    return pending
  }
}
