import { routes } from '../urls/routes'

/**
 * Old URLs the new site answers with a redirect, as data every host's writer reads (lib/old-urls/hosts.ts)
 * and the meta-refresh pages repeat for hosts without rules (GitHub Pages). Posts, pages and the old feeds
 * keep their own URLs and need none; what moves is the old site's listing pages and each `redirect_from`.
 */
export type RedirectRule = {
  from: string
  to: string
  /** Where the rule comes from: a `redirect_from` already has its meta-refresh page (scripts/jekyll-pages.ts). */
  source: 'pagination' | 'redirect_from' | 'moved'
  /** The shape a host may collapse this rule into (every jekyll-paginate page is one shape). */
  shape?: PaginationShape
}

/** jekyll-paginate's `paginate_path` (`/articles/page:num/`): page N of the old listing → page N of the new one. */
export type PaginationShape = { kind: 'pagination'; prefix: string; suffix: string }

export type OldUrlInput = {
  /** Jekyll's `paginate_path`, when the old site paginated. */
  paginatePath: string | undefined
  /** How many listing pages the new site has (the old site paginated the same posts by the same count). */
  pageCount: number
  redirects: readonly { from: string; to: string }[]
  /** Addresses the import recorded as moved (`oldUrls.moved`), and the old site's listing page count. */
  moved?: readonly { from: string; to: string }[]
  oldListingPages?: number
}

export function redirectRules(input: OldUrlInput): RedirectRule[] {
  const rules: RedirectRule[] = []
  const shape = paginationShape(input.paginatePath)
  if (shape) {
    const first = shape.prefix.replace(/[^/]*$/, '')
    // Page 1 of the old listing was its folder (`/articles/`); the new listing starts at the home page.
    if (first !== '/') rules.push({ from: first, to: routes.listing(1), source: 'pagination' })
    // The old site may have had more pages than the new one (posts left out since): those go to the last.
    const pages = Math.max(input.pageCount, input.oldListingPages ?? 0)
    for (let page = 2; page <= pages; page++) rules.push({ from: `${shape.prefix}${page}${shape.suffix}`, to: routes.listing(Math.min(page, input.pageCount)), source: 'pagination', shape })
  }
  for (const redirect of input.redirects) rules.push({ from: redirect.from, to: redirect.to, source: 'redirect_from' })
  for (const moved of input.moved ?? []) rules.push({ from: moved.from, to: moved.to, source: 'moved' })
  // One rule per old URL: the first wins, as on every host.
  const seen = new Set<string>()
  return rules.filter((rule) => rule.from !== rule.to && !seen.has(rule.from) && seen.add(rule.from))
}

/** `/articles/page:num/` → prefix `/articles/page`, suffix `/`; Jekyll writes `page:num` as a folder. */
export function paginationShape(paginatePath: string | undefined): PaginationShape | undefined {
  if (paginatePath === undefined || !paginatePath.includes(':num')) return undefined
  const path = paginatePath.startsWith('/') ? paginatePath : `/${paginatePath}`
  const [prefix = '', rest = ''] = path.split(':num')
  // jekyll-paginate writes `<path>/index.html`: the URL always ends in a slash.
  const suffix = rest.endsWith('/') ? rest : `${rest}/`
  if (prefix.split('/').includes('..') || suffix.split('/').includes('..')) return undefined
  return { kind: 'pagination', prefix, suffix }
}
