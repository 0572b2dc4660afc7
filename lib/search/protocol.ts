import type { SearchResponse } from './engine'
import type { Facets } from './files'
import type { Segment } from './highlight'
import type { Filters } from './filters'

/** Messages between the page (client.ts) and the search worker (search.worker.ts). */

export type SearchInfo = { posts: number; popularTags: { name: string; count: number }[] }

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
