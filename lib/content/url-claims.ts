import { ContentError } from './error'
import { claimOf, exportClaims, type Claim } from '../urls/export-claims'
import type { StoredPage, StoredPost } from './post-store'

/**
 * Before `next build`: every URL a post, page or redirect claims, checked against every file the export
 * and the steps after it write (lib/urls/export-claims.ts) and against each other's redirects. Run by the
 * content step when it writes the post store, so a collision stops the build naming the file and field,
 * where the export would crash naming nothing, or one file would silently replace another.
 */
export function urlClaimProblems(posts: readonly StoredPost[], pages: readonly StoredPage[], claims: readonly Claim[]): ContentError[] {
  const problems: ContentError[] = []
  const check = (file: string, field: string, url: string, fix: string) => {
    const owner = claimOf(url, claims)
    if (owner !== undefined) problems.push(new ContentError(file, field, `URL ${url} is a file the site writes itself (${owner})`, fix))
  }
  const redirects = new Map<string, string>()
  for (const post of posts) {
    const permalinkFix = 'give the post another permalink, e.g. /:year/:month/:title/'
    check(post.source, 'permalink', post.url, permalinkFix)
    if (post.jekyllUrl !== undefined) check(post.source, 'permalink', post.jekyllUrl, permalinkFix)
    for (const from of post.redirectFrom) {
      check(post.source, 'redirect_from', from, `remove ${from} from redirect_from`)
      const other = redirects.get(from.toLowerCase())
      // One redirect page per URL: the second would silently replace the first.
      if (other !== undefined && other !== post.source) problems.push(new ContentError(post.source, 'redirect_from', `${from} is also a redirect_from of ${other}`, 'keep the old URL in one post only'))
      redirects.set(from.toLowerCase(), post.source)
    }
  }
  for (const page of pages) check(page.file, 'permalink', page.url, 'give the page another permalink, e.g. /about/')
  return problems
}

/** Stops the content step on the first collisions, one line each. `root` is the project (its app/ and public/). */
export function assertUrlClaims(posts: readonly StoredPost[], pages: readonly StoredPage[], root: string): void {
  const problems = urlClaimProblems(posts, pages, exportClaims(root))
  if (problems.length > 0) throw new Error(`URLs the site's own files already have:\n${problems.map((p) => `  ${p.message}`).join('\n')}`)
}
