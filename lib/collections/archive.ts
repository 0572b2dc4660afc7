import { partsInZone } from '../dates'

export type YearGroup<T> = { year: number; posts: T[] }

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
