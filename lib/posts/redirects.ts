import type { Entry } from './published'
import { siteContent } from './queries'

/**
 * A page that sends readers on: each `redirect_from` of a post, and each post with `redirect_to`.
 * `replacesPost`: the post itself redirects (`redirect_to`), so its own page is replaced.
 */
export type Redirect = { from: string; to: string; replacesPost: boolean }

/** Every redirect the posts ask for (jekyll-redirect-from), site-relative. */
export function redirectsOf(entries: readonly Entry[]): Redirect[] {
  return entries.flatMap(({ summary, source }): Redirect[] => {
    const own = source.redirectFrom.map((from) => ({ from, to: summary.url, replacesPost: false }))
    return source.redirectTo === undefined ? own : [...own, { from: summary.url, to: source.redirectTo, replacesPost: true }]
  })
}

/** Posts exported away from Jekyll's URL (spaces, quotes in it), each with the URL that gets a copy. */
export function jekyllUrlCopiesOf(entries: readonly Entry[]): { url: string; jekyllUrl: string }[] {
  return entries.flatMap(({ summary, source }) => (source.jekyllUrl === undefined ? [] : [{ url: summary.url, jekyllUrl: source.jekyllUrl }]))
}

/** Every redirect the published posts ask for. */
export function getRedirects(): Redirect[] {
  return redirectsOf(siteContent().entries)
}

/** The published posts that also get a copy at Jekyll's URL. */
export function getJekyllUrlCopies(): { url: string; jekyllUrl: string }[] {
  return jekyllUrlCopiesOf(siteContent().entries)
}
