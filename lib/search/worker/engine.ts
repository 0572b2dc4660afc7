import { Document } from 'flexsearch'
import { cardsPath, facetsPath, MANIFEST, parseCards, parseFacets, parseManifest, parseShard, parseTexts, shardPath, textPath, type Card, type Facets, type Manifest, type Shard } from '../shared/files'
import { hasFilters, matchesFilters, type Filters } from '../shared/filters'
import { documentOptions, encodeForIndex, queryTerms, SEARCH_FIELDS, SECTION_SLOTS, type SearchEntry, type SearchField } from '../shared/options'
import type { Result, SearchResponse, Segment } from '../shared/protocol'
import { shardFor, toDirectory, type Directory } from '../shared/shards'
import { snippet } from './highlight'
import { OncePerKey } from './once'
import { MAX_QUERY_WORDS, rankPosts, type FieldHits, type Ranking } from './rank'
import { nearestTerm } from './typo'

/** Fetches a file of the search folder as parsed JSON (fetch in the browser, a map in tests). */
export type Loader = (path: string) => Promise<unknown>

/**
 * The query side, independent of where it runs: loads the manifest, the shards a query's terms live
 * in and the cards of the results shown, imports shards into a FlexSearch index built with the shared
 * options, and ranks. The worker wraps it; unit tests drive it with an in-memory loader.
 */
export class SearchEngine {
  private readonly index = new Document<SearchEntry>(documentOptions())
  private readonly vocabulary = new Map<string, number>()
  /** Per field, the whole-word subsets of the terms that are also the start of longer words. */
  private readonly exact = new Map(SEARCH_FIELDS.map((field) => [field, new Map<string, ReadonlySet<number>>()]))
  // Each file is fetched and checked once; a shard is imported into the index once, when first needed.
  private readonly shards = new OncePerKey(async (path) => this.importShard(parseShard(await this.load(path))))
  private readonly cards = new OncePerKey(async (path) => parseCards(await this.load(path)))
  private readonly texts = new OncePerKey(async (path) => parseTexts(await this.load(path)))
  private readonly facetFiles = new OncePerKey(async (path) => parseFacets(await this.load(path)))
  private manifestPromise: Promise<{ manifest: Manifest; directory: Directory }> | undefined

  constructor(private readonly load: Loader) {}

  async manifest(): Promise<Manifest> {
    return (await this.manifestAndDirectory()).manifest
  }

  async facets(): Promise<Facets> {
    const { build } = await this.manifest()
    return this.facetFiles.get(facetsPath(build))
  }

  async search(query: string, filters: Filters, limit = 10): Promise<SearchResponse> {
    let terms = queryTerms(query).slice(0, MAX_QUERY_WORDS)
    let corrected: string | undefined
    let ranking: Ranking
    if (terms.length === 0) {
      ranking = { posts: hasFilters(filters) ? (await this.facets()).posts.map((_, post) => post) : [], sectionsOf: () => [] }
    } else {
      ranking = await this.rank(terms)
      if (ranking.posts.length === 0) {
        const fixed = terms.map((term) => (this.vocabulary.has(term) ? term : (nearestTerm(term, this.vocabulary) ?? term)))
        if (fixed.some((term, i) => term !== terms[i])) {
          terms = fixed
          corrected = fixed.join(' ')
          ranking = await this.rank(terms)
        }
      }
    }
    let posts = ranking.posts
    if (hasFilters(filters)) {
      const facets = await this.facets()
      posts = posts.filter((post) => {
        const row = facets.posts[post]
        if (!row) return false
        const [year, tags, authors] = row
        return matchesFilters({ year, tags: tags.map((t) => facets.tags[t] ?? ''), authors: authors.map((a) => facets.authors[a] ?? '') }, filters)
      })
    }
    const results = await Promise.all(posts.slice(0, limit).map((post) => this.result(post, ranking.sectionsOf(post))))
    return { query, terms, corrected, total: posts.length, results }
  }

  /** Highlighted snippets of a post's sections (index 0 is the intro), fetched only when shown. */
  async snippets(post: number, sections: readonly number[], terms: readonly string[]): Promise<Segment[][]> {
    const { build } = await this.manifest()
    const texts = await this.texts.get(textPath(build, post))
    return sections.map((section) => snippet(texts[section] ?? '', terms))
  }

  private async rank(terms: readonly string[]): Promise<Ranking> {
    await this.loadShards(terms)
    const { posts } = await this.manifest()
    // A title or heading word keeps every entry it is in, so no limit short of all entries is safe.
    const limit = posts * SECTION_SLOTS
    return rankPosts(terms.map((term) => SEARCH_FIELDS.map((field) => this.hits(term, field, limit))), posts)
  }

  /** Every entry whose `field` has a word starting with `term` (a stem, which the index-side encoder keeps as it is). */
  private hits(term: string, field: SearchField, limit: number): FieldHits {
    const found = this.index.search(term, { index: field, limit })
    const ids = found.flatMap((group) => group.result).filter((id): id is number => typeof id === 'number')
    return { field, ids, exact: this.exact.get(field)?.get(term) }
  }

  private async loadShards(terms: readonly string[]): Promise<void> {
    const { manifest, directory } = await this.manifestAndDirectory()
    const numbers = new Set(terms.flatMap((term) => encodeForIndex(term)).flatMap((term) => shardFor(term, directory) ?? []))
    await Promise.all([...numbers].map((number) => this.shards.get(shardPath(manifest.build, number))))
  }

  private importShard(shard: Shard): void {
    for (const field of SEARCH_FIELDS) {
      const entries = shard[field]
      if (!entries) continue
      // FlexSearch's map format: [term, [ids of each score slot]]; the index has one slot (resolution 1).
      this.index.import(`${field}.1.map`, JSON.stringify(entries.map(([term, ids]) => [term, [ids]])))
      const exact = this.exact.get(field)
      for (const [term, ids, whole] of entries) {
        this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + ids.length)
        if (whole) exact?.set(term, new Set(whole))
      }
    }
  }

  private async card(post: number): Promise<Card> {
    const { build, posts, cardsPerChunk } = await this.manifest()
    const card = post < 0 || post >= posts ? undefined : (await this.cards.get(cardsPath(build, Math.floor(post / cardsPerChunk))))[post % cardsPerChunk]
    if (!card) throw new Error(`search: no card for post ${post}; the index files are incomplete`)
    return card
  }

  private async result(post: number, sections: readonly number[]): Promise<Result> {
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
}
