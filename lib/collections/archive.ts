import { partsInZone } from '../dates'

export type YearGroup<T> = { year: number; posts: T[] }
export type YearCount = { year: number; count: number }

/**
 * Posts on one page of an archive year. An archive line (date and title) weighs about a tenth of a
 * post card, so a year page holds ten times a listing page's posts and a busy year still splits.
 */
export const ARCHIVE_YEAR_PAGE_SIZE = 100

/** How many posts each year has, in the groups' order. */
export function yearCounts(groups: readonly YearGroup<unknown>[]): YearCount[] {
  return groups.map(({ year, posts }) => ({ year, count: posts.length }))
}

/** Posts grouped by year in the site's zone, newest year first; order inside a year is kept. */
export function groupByYear<T extends { date: string }>(posts: readonly T[], timeZone: string): YearGroup<T>[] {
  const groups = new Map<number, T[]>()
  for (const post of posts) {
    const year = partsInZone(new Date(post.date), timeZone).year
    const list = groups.get(year)
    if (list) list.push(post)
    else groups.set(year, [post])
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, posts: list }))
}

/** An `/archive/<year>/` URL segment as a year: only the digits the site writes (`2016`, never `02016`). */
export function yearFromParam(param: string): number | undefined {
  return /^[1-9][0-9]{0,3}$/.test(param) ? Number(param) : undefined
}
