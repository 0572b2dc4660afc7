import Link from 'next/link'

/**
 * Newer/older links between the pages of a listing, marked `rel` prev/next. `href` turns a page number into
 * that listing's URL (a `routes` function), so every paginated listing shares this one control.
 */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          ← Newer posts
        </Link>
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <Link href={href(page + 1)} rel="next">
          Older posts →
        </Link>
      )}
    </nav>
  )
}
