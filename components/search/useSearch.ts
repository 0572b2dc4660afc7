'use client'

import { useEffect, useState } from 'react'
import type { SearchClient } from '@/lib/search/client/client'
import { shownSections } from '@/lib/search/client/results'
import type { Filters } from '@/lib/search/shared/filters'
import type { SearchResponse, Segment } from '@/lib/search/shared/protocol'

export type Snippets = ReadonlyMap<string, Segment[]>
export const snippetKey = (post: number, section: number) => `${post}:${section}`

/** Results for the query as typed (a late answer to an older query is dropped), then their snippets. */
export function useSearch(client: SearchClient, query: string, filters: Filters) {
  const [response, setResponse] = useState<SearchResponse>()
  const [snippets, setSnippets] = useState<Snippets>(new Map())
  const [error, setError] = useState<string>()

  useEffect(() => {
    let current = true
    client.search(query, filters).then(
      (fresh) => {
        if (!current) return
        setResponse(fresh)
        setError(undefined)
        void Promise.all(
          fresh.results.map(async (result) => {
            const sections = result.sections.length > 0 ? shownSections(result).map((section) => section.index) : [0]
            const texts = await client.snippets(result.post, sections, fresh.terms)
            return sections.map((section, i): [string, Segment[]] => [snippetKey(result.post, section), texts[i] ?? []])
          }),
        ).then((pairs) => current && setSnippets(new Map(pairs.flat())), (failure: unknown) => console.error(failure))
      },
      (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
    )
    return () => {
      current = false
    }
  }, [client, query, filters])

  return { response, snippets, error }
}
