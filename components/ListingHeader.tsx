import type { ReactNode } from 'react'

/** The title block of a listing page (home, tags, a tag, authors, archive). */
export function ListingHeader({ title, lede }: { title: ReactNode; lede?: ReactNode }) {
  return (
    <header className="listing__header">
      <h1>{title}</h1>
      {lede !== undefined && <p className="lede">{lede}</p>}
    </header>
  )
}
