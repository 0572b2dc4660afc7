'use client'

import { useState } from 'react'
import type { Facets } from '@/lib/search/shared/files'
import type { Filters } from '@/lib/search/shared/filters'
import type { SearchClient } from '@/lib/search/client/client'

type Props = { client: SearchClient; filters: Filters; onChange: (filters: Filters) => void }

/** Tag, author and year filters. Their lists are fetched only when the reader opens them. */
export function SearchFilters({ client, filters, onChange }: Props) {
  const [facets, setFacets] = useState<Facets>()
  const open = () => {
    if (!facets) void client.facets().then(setFacets, (error: unknown) => console.error(error))
  }
  const years = facets ? [...new Set(facets.posts.map(([year]) => year))].sort((a, b) => b - a) : []
  const active = filters.tags.length + filters.authors.length + filters.years.length
  return (
    <details className="search-filters" onToggle={(event) => event.currentTarget.open && open()}>
      <summary>Filters{active > 0 && ` (${active})`}</summary>
      {facets ? (
        <div className="search-filters__fields">
          <Choice label="Tag" value={filters.tags[0] ?? ''} options={facets.tags} onChange={(tag) => onChange({ ...filters, tags: tag ? [tag] : [] })} />
          <Choice label="Author" value={filters.authors[0] ?? ''} options={facets.authors} onChange={(author) => onChange({ ...filters, authors: author ? [author] : [] })} />
          <Choice label="Year" value={String(filters.years[0] ?? '')} options={years.map(String)} onChange={(year) => onChange({ ...filters, years: year ? [Number(year)] : [] })} />
          {active > 0 && (
            <button type="button" className="pill" onClick={() => onChange({ tags: [], authors: [], years: [] })}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <p className="search-filters__loading">Loading filters…</p>
      )}
    </details>
  )
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: readonly string[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  )
}
