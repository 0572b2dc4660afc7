import { partsInZone } from '../format/dates'

export type YearGroup<T> = { year: number; posts: T[] }
export type YearCount = { year: number; count: number }

/**
 * Posts on one page of an archive year. Measured on the generated corpus, a line (date and title) adds
 * about 77 bytes of gzipped HTML, so 100 lines make an 11 kB page; a whole year of a 10,000-post blog
 * (about 700 posts) on one page would be 58 kB gzip and 450 kB of HTML.
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
