'use client'

import { useRouter } from 'next/navigation'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { SearchClient } from '@/lib/search/client/client'
import { hasFilters, NO_FILTERS, type Filters } from '@/lib/search/shared/filters'
import { rememberSearch } from './recent'
import { SearchEmpty } from './SearchEmpty'
import { SearchFilters } from './SearchFilters'
import { optionId, SearchResults, toOptions } from './SearchResults'
import { useSearch } from './useSearch'

type Props = { client: SearchClient; query: string; onQueryChange: (query: string) => void; onNavigate?: () => void; autoFocus?: boolean }

/** Search box, filters and results as you type: a combobox whose options are posts and their sections. */
export function SearchPanel({ client, query, onQueryChange, onNavigate, autoFocus = false }: Props) {
  const router = useRouter()
  const listId = useId()
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [activeIndex, setActiveIndex] = useState(-1)
  const { response, snippets, error } = useSearch(client, query, filters)
  const results = useMemo(() => response?.results ?? [], [response])
  const options = useMemo(() => toOptions(results), [results])
  const active = options[activeIndex]
  const searching = query.trim() !== '' || hasFilters(filters)

  const navigate = () => {
    rememberSearch(query)
    onNavigate?.()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = options.length === 0 ? -1 : (activeIndex + step + options.length) % options.length
      setActiveIndex(next)
      const key = options[next]?.key
      if (key) document.getElementById(optionId(key))?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter') {
      const target = active ?? options[0]
      if (!target) return
      event.preventDefault()
      navigate()
      router.push(target.href)
    }
  }
  const change = (value: string) => {
    onQueryChange(value)
    setActiveIndex(-1)
  }

  return (
    <div className="search-panel">
      <div className="search-panel__box">
        <input
          type="search"
          className="search-panel__input"
          placeholder="Search posts"
          aria-label="Search posts"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active.key) : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          value={query}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchFilters client={client} filters={filters} onChange={(next) => { setFilters(next); setActiveIndex(-1) }} />
      <p role="status" aria-live="polite" className="search-panel__status">
        {error ? `Search is unavailable: ${error}` : searching && response ? announce(response.total, response.corrected) : ''}
      </p>
      {results.length > 0 ? (
        <SearchResults listId={listId} results={results} snippets={snippets} active={active?.key} onNavigate={navigate} />
      ) : (
        <SearchEmpty client={client} query={searching && response ? query : ''} filtered={hasFilters(filters)} onPick={change} onClearFilters={() => setFilters(NO_FILTERS)} />
      )}
    </div>
  )
}

function announce(total: number, corrected: string | undefined): string {
  const count = total === 0 ? 'No results' : total === 1 ? '1 post found' : `${total} posts found`
  return corrected ? `${count} for “${corrected}”` : count
}
