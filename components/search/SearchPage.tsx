'use client'

import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'
import { routes } from '@/lib/urls/routes'
import { SearchPanel } from './SearchPanel'
import { useSearchClient } from './useSearchClient'
import './search.css'

/**
 * The /search/ page's interactive part. The query lives in `?q=`, so a search can be shared and
 * survives reload and back/forward; typing replaces the entry rather than adding one per keystroke.
 */
export function SearchPage({ basePath }: { basePath: string }) {
  const client = useSearchClient(basePath)
  const router = useRouter()
  const fromUrl = useSearchParams().get('q') ?? ''
  const [query, setQuery] = useState(fromUrl)
  const [synced, setSynced] = useState(fromUrl)

  // Back/forward changes the URL under us: follow it.
  if (fromUrl !== synced) {
    setSynced(fromUrl)
    setQuery(fromUrl)
  }

  useEffect(() => {
    if (query === synced) return
    const timer = setTimeout(() => {
      setSynced(query)
      router.replace(routes.search(query), { scroll: false })
    }, 250)
    return () => clearTimeout(timer)
  }, [query, synced, router])

  return <SearchPanel client={client} query={query} onQueryChange={setQuery} autoFocus />
}
