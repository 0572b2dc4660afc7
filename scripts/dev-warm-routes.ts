// For scripts/dev-content.ts: keeps `next dev`'s list of post pages fresh after each content rebuild.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { POSTS_FILE, postStoreDir } from '../lib/content/post-store'

/**
 * `next dev` answers a route's first request after a change from its old list of static params and
 * recomputes the list meanwhile: a new post would 404 once. Asking for any post as soon as the content is
 * rebuilt has the list fresh before the author follows a link to it. Only when the posts' URLs changed: a
 * request after every edit would have `next dev` render a page beside the one the author is looking at.
 * No origin, no asking.
 */
export function routeWarmer(root: string, origin: string | undefined): () => void {
  let asked: string | undefined
  return () => {
    if (origin === undefined) return
    let urls: string[]
    try {
      const posts: unknown = JSON.parse(readFileSync(join(postStoreDir(process.env, root), POSTS_FILE), 'utf8'))
      // Published posts: a draft's URL is no page outside previews.
      urls = Array.isArray(posts) ? posts.flatMap((post: unknown) => (typeof post === 'object' && post !== null && 'url' in post && typeof post.url === 'string' && 'isDraft' in post && post.isDraft === false ? [post.url] : [])) : []
    } catch (error) {
      console.warn(`dev: the post store could not be read to refresh next dev's pages: ${error instanceof Error ? error.message : String(error)}`)
      return
    }
    const known = urls[0]
    const list = urls.join('\n')
    if (known === undefined || list === asked) return
    asked = list
    const url = `${origin}${encodeURI(known)}`
    fetch(url).then(
      (response) => response.body?.cancel(),
      (error: unknown) => console.warn(`dev: could not ask ${url} to refresh its pages: ${error instanceof Error ? error.message : String(error)}`),
    )
  }
}
