import Link from 'next/link'
import type { Series } from '@/lib/posts'

/** Every part of the series this post belongs to, in reading order, this one marked as the current page. */
export function SeriesBox({ series }: { series: Series }) {
  const at = series.parts.findIndex((part) => part.current) + 1
  return (
    <nav className="series" aria-label={`Series: ${series.name}`}>
      <p className="series__title">
        Part {at} of {series.parts.length} in the series <strong>{series.name}</strong>
      </p>
      <ol>
        {series.parts.map((part) => (
          <li key={part.url}>
            {part.current ? (
              <span aria-current="page">{part.title}</span>
            ) : (
              <Link href={part.url}>{part.title}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
