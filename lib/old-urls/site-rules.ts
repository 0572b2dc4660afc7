import { getAuthors, getPageCount, getRedirects } from '../posts'
import { routes } from '../urls/routes'
import { site } from '../site'
import { vercelRedirects } from './hosts'
import { redirectRules, type RedirectRule } from './rules'

/** This site's redirect rules, from the post store and content/site.json (content must be built). */
export function siteRedirectRules(): RedirectRule[] {
  const listing = new Set(getAuthors().map((author) => routes.author(author.slug)))
  // A moved address the new site serves after all (an author who now has posts) stays served.
  const moved = site.oldUrls.moved.filter((entry) => !listing.has(entry.from))
  return redirectRules({ paginatePath: site.paginatePath, pageCount: getPageCount(), redirects: getRedirects(), moved, oldListingPages: site.oldUrls.listingPages })
}

/** vercel.json's `redirects` for this site, beside `headerRoutes` header routes. */
export function siteVercelRedirects(headerRoutes: number) {
  return vercelRedirects(siteRedirectRules(), headerRoutes).rules
}
