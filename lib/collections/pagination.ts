/**
 * Splitting a list into numbered pages, as the home, tag, author and archive-year listings do. Page 1 is
 * the listing's plain URL; later pages are `…/page/N/`, so only pages 2 and on get a route parameter.
 */

export type ListPage<T> = { items: T[]; page: number; totalPages: number }

function assertPageSize(perPage: number): void {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`pagination: ${perPage} items a page is not a whole number from 1`)
}

/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCount(total: number, perPage: number): number {
  assertPageSize(perPage)
  return Math.max(1, Math.ceil(total / perPage))
}

/** Page `page` (1-based) of `list`, or undefined for a page the list does not fill. */
export function listPage<T>(list: readonly T[], page: number, perPage: number): ListPage<T> | undefined {
  const totalPages = pageCount(list.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined
  const start = (page - 1) * perPage
  return { items: list.slice(start, start + perPage), page, totalPages }
}

/** The numbers of every page that `total` items fill, from 1. */
export function pageNumbers(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => i + 1)
}

/** ", page 2 of 5" after a later page's title, so that each page of a listing has a title of its own. */
export function pageSuffix({ page, totalPages }: { page: number; totalPages: number }): string {
  return page === 1 ? '' : `, page ${page} of ${totalPages}`
}
