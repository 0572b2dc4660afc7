import type { Card, Facets } from './files'
import type { Filters } from './filters'

/**
 * What the page and the search worker say to each other (client/client.ts ↔ worker/search.worker.ts),
 * and the shapes of the answers. Kept here, not beside the engine, so page code needs nothing of the worker's.
 */

export type SearchInfo = { posts: number; popularTags: { name: string; count: number }[] }

export type ResultSection = { index: number; id: string; title: string }
export type Result = Omit<Card, 'sections'> & { post: number; sections: ResultSection[] }
export type SearchResponse = { query: string; terms: string[]; corrected: string | undefined; total: number; results: Result[] }

/** Highlighting as data: text cut into segments, each marked matched or not, for React to render as text. */
export type Segment = { text: string; match: boolean }

export type WorkerRequest =
  | { kind: 'info'; id: number }
  | { kind: 'search'; id: number; query: string; filters: Filters; limit: number }
  | { kind: 'snippets'; id: number; post: number; sections: number[]; terms: string[] }
  | { kind: 'facets'; id: number }

export type WorkerReply =
  | { kind: 'info'; id: number; info: SearchInfo }
  | { kind: 'search'; id: number; response: SearchResponse }
  | { kind: 'snippets'; id: number; snippets: Segment[][] }
  | { kind: 'facets'; id: number; facets: Facets }
  | { kind: 'error'; id: number; message: string }
