'use client'

import { useEffect, useState } from 'react'
import type { SearchInfo } from '@/lib/search/shared/protocol'
import type { SearchClient } from '@/lib/search/client/client'
import { readRecent } from './recent'

type Props = { client: SearchClient; query: string; filtered: boolean; onPick: (query: string) => void; onClearFilters: () => void }

/** Before a query: recent searches and popular tags. After a query with no results: what to try instead. */
export function SearchEmpty({ client, query, filtered, onPick, onClearFilters }: Props) {
  const [info, setInfo] = useState<SearchInfo>()
  const [recent] = useState(readRecent)
  useEffect(() => {
    void client.info().then(setInfo, (error: unknown) => console.error(error))
  }, [client])
  const tags = info?.popularTags ?? []
  const noResults = query.trim() !== ''
  return (
    <div className="search-empty">
      {noResults && (
        <p>
          No posts match <strong>“{query}”</strong>. Check the spelling, try fewer or more general words
          {filtered ? ', or ' : '.'}
          {filtered && (
            <button type="button" className="search-link-button" onClick={onClearFilters}>
              clear the filters
            </button>
          )}
        </p>
      )}
      {!noResults && recent.length > 0 && <Suggestions title="Recent searches" items={recent} onPick={onPick} />}
      {tags.length > 0 && <Suggestions title={noResults ? 'Or try a popular topic' : 'Popular topics'} items={tags.map((tag) => tag.name)} onPick={onPick} />}
    </div>
  )
}

function Suggestions({ title, items, onPick }: { title: string; items: readonly string[]; onPick: (query: string) => void }) {
  return (
    <section className="search-suggestions" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <button type="button" className="pill" onClick={() => onPick(item)}>
              {item}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
