import { getPageCount, getRedirects } from '../posts'
import { site } from '../site'
import { vercelRedirects } from './hosts'
import { redirectRules, type RedirectRule } from './rules'

/** This site's redirect rules, from the post store and content/site.json (content must be built). */
export function siteRedirectRules(): RedirectRule[] {
  return redirectRules({ paginatePath: site.paginatePath, pageCount: getPageCount(), redirects: getRedirects() })
}

/** vercel.json's `redirects` for this site, beside `headerRoutes` header routes. */
export function siteVercelRedirects(headerRoutes: number) {
  return vercelRedirects(siteRedirectRules(), headerRoutes).rules
}
