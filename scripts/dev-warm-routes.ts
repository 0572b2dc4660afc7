// For scripts/dev-content.ts: keeps `next dev`'s list of post pages fresh after each content rebuild.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { POSTS_FILE, postStoreDir } from '../lib/content/post-store'

/**
 * `next dev` answers a route's first request after a change from its old list of static params and
 * recomputes the list meanwhile: a new post would 404 once. Asking for any post as soon as the
 * content is rebuilt has the list fresh before the author follows a link to it. No origin, no asking.
 */
export function routeWarmer(root: string, origin: string | undefined): () => void {
  return () => {
    if (origin === undefined) return
    let known: string | undefined
    try {
      const posts: unknown = JSON.parse(readFileSync(join(postStoreDir(process.env, root), POSTS_FILE), 'utf8'))
      // A published post: a draft's URL is no page outside previews.
      known = Array.isArray(posts) ? posts.map((post: unknown) => (typeof post === 'object' && post !== null && 'url' in post && typeof post.url === 'string' && 'isDraft' in post && post.isDraft === false ? post.url : undefined)).find(Boolean) : undefined
    } catch (error) {
      console.warn(`dev: the post store could not be read to refresh next dev's pages: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (known === undefined) return
    const url = `${origin}${encodeURI(known)}`
    fetch(url).then(
      (response) => response.body?.cancel(),
      (error: unknown) => console.warn(`dev: could not ask ${url} to refresh its pages: ${error instanceof Error ? error.message : String(error)}`),
    )
  }
}
