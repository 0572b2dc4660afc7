import { routes } from '../urls/routes'

/**
 * Which header link a path belongs to, for `aria-current`. Pure, so it is unit-tested without a browser.
 * `page` when the path is the link's own page; `true` when it lies inside that section (a tag under Tags).
 */
export type Current = 'page' | 'true' | undefined

export function currentFor(pathname: string, href: string): Current {
  const path = withSlash(pathname)
  const target = withSlash(href)
  if (path === target) return 'page'
  // The home listing's later pages are still "Posts"; nothing else lies under the home page.
  if (target === routes.home()) return path.startsWith(withSlash(routes.listing(2)).replace(/2\/$/, '')) ? 'true' : undefined
  return path.startsWith(target) ? 'true' : undefined
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`
}
