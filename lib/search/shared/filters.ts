/** Search filters: a result must have one of the chosen values of every kind that has a choice. */
export type Filters = { tags: readonly string[]; authors: readonly string[]; years: readonly number[] }
export const NO_FILTERS: Filters = { tags: [], authors: [], years: [] }
export type PostFacets = { year: number; tags: readonly string[]; authors: readonly string[] }

export const hasFilters = (filters: Filters): boolean => filters.tags.length + filters.authors.length + filters.years.length > 0

export function matchesFilters(post: PostFacets, filters: Filters): boolean {
  const some = <T>(chosen: readonly T[], values: readonly T[]) => chosen.length === 0 || chosen.some((value) => values.includes(value))
  return some(filters.tags, post.tags) && some(filters.authors, post.authors) && some(filters.years, [post.year])
}
