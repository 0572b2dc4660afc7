import Link from 'next/link'
import { routes } from '@/lib/routes'

export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 && (
        <Link href={routes.listing(page - 1)} rel="prev">
          ← Newer posts
        </Link>
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <Link href={routes.listing(page + 1)} rel="next">
          Older posts →
        </Link>
      )}
    </nav>
  )
}
