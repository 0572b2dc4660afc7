// Pressroom's real browser path: the page-side client (lib/search/client/client.ts), which starts the module
// worker (lib/search/worker/search.worker.ts); results first, then snippets for the results shown, as
// components/search/useSearch.ts does. Bundled by bench/search.mjs with esbuild into engine.js.
import { createSearchClient } from '../../lib/search/client/client.ts'

const client = createSearchClient('')
const NO_FILTERS = { tags: [], authors: [], years: [] }
let last

export async function search(query) {
  last = await client.search(query, NO_FILTERS, 10)
  return last.results.map((result) => ({ url: result.url, title: result.title }))
}

export async function snippets() {
  const { results, terms } = last
  return Promise.all(results.map(async (result) => {
    const sections = result.sections.length > 0 ? result.sections.slice(0, 3).map((section) => section.index) : [0]
    const texts = await client.snippets(result.post, sections, terms)
    return { url: result.url, title: result.title, excerpt: texts.map((segments) => segments.map((segment) => segment.text).join('')).join(' … ') }
  }))
}
