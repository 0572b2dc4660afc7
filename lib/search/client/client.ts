import type { Facets } from '../shared/files'
import type { Filters } from '../shared/filters'
import type { SearchInfo, SearchResponse, Segment, WorkerReply, WorkerRequest } from '../shared/protocol'

/**
 * The page's side of search: one module worker, started on first use, and promise-returning calls.
 * Only imported dynamically, on the reader's first sign of intent, so pages that are read and left
 * never download it.
 */

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
type Omitted<T> = T extends unknown ? Omit<T, 'id'> : never

let worker: Worker | undefined
let nextId = 1
const pending = new Map<number, Pending>()

function start(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('../worker/search.worker.ts', import.meta.url), { type: 'module', name: 'search' })
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if (reply.kind === 'error') waiting?.reject(new Error(reply.message))
    else waiting?.resolve(reply)
  })
  return worker
}

function ask(basePath: string, request: Omitted<WorkerRequest>): Promise<WorkerReply> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    start().postMessage({ base: basePath, request: { ...request, id } })
  })
}

export function createSearchClient(basePath: string) {
  return {
    /** Starts the worker and fetches the manifest: called on intent, before the first keystroke. */
    async info(): Promise<SearchInfo> {
      const reply = await ask(basePath, { kind: 'info' })
      if (reply.kind !== 'info') throw new Error('search: unexpected reply')
      return reply.info
    },
    async search(query: string, filters: Filters, limit = 10): Promise<SearchResponse> {
      const reply = await ask(basePath, { kind: 'search', query, filters, limit })
      if (reply.kind !== 'search') throw new Error('search: unexpected reply')
      return reply.response
    },
    async snippets(post: number, sections: number[], terms: string[]): Promise<Segment[][]> {
      const reply = await ask(basePath, { kind: 'snippets', post, sections, terms })
      if (reply.kind !== 'snippets') throw new Error('search: unexpected reply')
      return reply.snippets
    },
    async facets(): Promise<Facets> {
      const reply = await ask(basePath, { kind: 'facets' })
      if (reply.kind !== 'facets') throw new Error('search: unexpected reply')
      return reply.facets
    },
  }
}

export type SearchClient = ReturnType<typeof createSearchClient>
