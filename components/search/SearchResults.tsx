'use client'

import Link from 'next/link'
import { routes } from '@/lib/urls/routes'
import { shownSections } from '@/lib/search/client/results'
import type { Result } from '@/lib/search/shared/protocol'
import { Highlighted } from './Highlighted'
import { snippetKey, type Snippets } from './useSearch'
import './results.css'

export type Option = { key: string; href: string; post: number; section: number }

/** Results in keyboard order: each post, then the matching sections it shows (shownSections). */
export function toOptions(results: readonly Result[]): Option[] {
  return results.flatMap((result) => [
    { key: `${result.post}`, href: result.url, post: result.post, section: 0 },
    ...shownSections(result).map((section) => ({ key: `${result.post}#${section.id}`, href: routes.postSection(result.url, section.id), post: result.post, section: section.index })),
  ])
}

export const optionId = (key: string) => `search-option-${key.replace(/[^\w-]/g, '_')}`

type Props = { listId: string; results: readonly Result[]; snippets: Snippets; active: string | undefined; onNavigate: () => void }

export function SearchResults({ listId, results, snippets, active, onNavigate }: Props) {
  return (
    <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
      {results.map((result) => {
        const intro = result.sections.length === 0 ? snippets.get(snippetKey(result.post, 0)) : undefined
        return (
          <li key={result.post} className="search-result" role="presentation">
            <Link id={optionId(`${result.post}`)} href={result.url} prefetch={false} role="option" aria-selected={active === `${result.post}`} className="search-result__post" onClick={onNavigate}>
              <span className="search-result__title">{result.title}</span>
              <span className="search-result__meta">
                {result.dateText}
                {result.tags.length > 0 && ` · ${result.tags.join(', ')}`}
              </span>
              {intro && <span className="search-result__snippet"><Highlighted segments={intro} /></span>}
            </Link>
            {result.sections.length > 0 && (
              <ul role="presentation" className="search-result__sections">
                {shownSections(result).map((section) => {
                  const key = `${result.post}#${section.id}`
                  const text = snippets.get(snippetKey(result.post, section.index))
                  return (
                    <li key={key} role="presentation">
                      <Link id={optionId(key)} href={routes.postSection(result.url, section.id)} prefetch={false} role="option" aria-selected={active === key} className="search-result__section" onClick={onNavigate}>
                        <span className="search-result__heading">{section.title}</span>
                        {text && <span className="search-result__snippet"><Highlighted segments={text} /></span>}
                      </Link>
                    </li>
                  )
                })}
              </ul>
            )}
          </li>
        )
      })}
    </ul>
  )
}
