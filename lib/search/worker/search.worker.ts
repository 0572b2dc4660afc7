import { SearchEngine } from './engine'
import { MANIFEST, parseManifest } from '../shared/files'
import type { WorkerReply, WorkerRequest } from '../shared/protocol'
import { routes } from '../../urls/routes'
import { rebaseUrl } from '../../urls/url'

/**
 * Runs every query off the main thread. Loads index files from `<base>/search/`; the manifest is
 * revalidated on each load (its name is fixed), every other file is immutable (named by content hash).
 * The page sends its base path with each request, so the same worker works at `/` and under a base path.
 */
let engine: SearchEngine | undefined
let engineBuild: string | undefined

// Under `npm run dev` the index is rebuilt while the page is open, as posts change (lib/dev/content-loop.ts):
// each request then checks the manifest's build and starts afresh on a new one. A built site's index
// never changes under an open page, so there the manifest is read once.
const WATCHING = process.env.NODE_ENV === 'development'

async function load(base: string, path: string): Promise<unknown> {
  const response = await fetch(rebaseUrl(routes.searchIndexFile(path), base), path === MANIFEST ? { cache: 'no-cache' } : {})
  if (!response.ok) throw new Error(`search: ${path} answered ${response.status}`)
  return response.json()
}

async function engineFor(base: string): Promise<SearchEngine> {
  if (WATCHING) {
    const { build } = parseManifest(await load(base, MANIFEST))
    if (build !== engineBuild) engine = undefined
    engineBuild = build
  }
  engine ??= new SearchEngine((path) => load(base, path))
  return engine
}

async function answer(request: WorkerRequest, search: SearchEngine): Promise<WorkerReply> {
  switch (request.kind) {
    case 'info': {
      const { posts, popularTags } = await search.manifest()
      return { kind: 'info', id: request.id, info: { posts, popularTags } }
    }
    case 'search':
      return { kind: 'search', id: request.id, response: await search.search(request.query, request.filters, request.limit) }
    case 'snippets':
      return { kind: 'snippets', id: request.id, snippets: await search.snippets(request.post, request.sections, request.terms) }
    case 'facets':
      return { kind: 'facets', id: request.id, facets: await search.facets() }
  }
}

addEventListener('message', (event: MessageEvent<{ base: string; request: WorkerRequest }>) => {
  const { base, request } = event.data
  engineFor(base).then((search) => answer(request, search)).then(
    (reply) => postMessage(reply),
    (error: unknown) => postMessage({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  )
})
