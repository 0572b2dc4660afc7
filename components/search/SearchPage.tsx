'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'
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
  const pathname = usePathname()
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
      router.replace(query ? `${pathname}?q=${encodeURIComponent(query)}` : pathname, { scroll: false })
    }, 250)
    return () => clearTimeout(timer)
  }, [query, synced, pathname, router])

  return <SearchPanel client={client} query={query} onQueryChange={setQuery} autoFocus />
}
