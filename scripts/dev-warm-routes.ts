// For scripts/dev-content.ts: keeps `next dev`'s list of post pages fresh after each content rebuild.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { POSTS_FILE, postStoreDir } from '../lib/content/post-store'

/** How often, and how many times at most, a new post's URL is asked for until it answers. */
const ASK_EVERY_MS = 100
const ASK_AT_MOST = 30

/**
 * `next dev` answers a route's first request after a change from its old list of static params and
 * recomputes the list meanwhile: a new post would 404 once. So when the posts' URLs change, a new post's
 * URL (or any post's, when posts only went away) is asked for until it answers, a request every 100 ms
 * without waiting for the one before: the first that comes after `next dev` has seen the new store makes it
 * recompute the list, before the author follows a link to the post. Not after an edit that changed no URL:
 * a request then would have `next dev` render a page beside the one the author is looking at.
 * No origin, no asking.
 */
export function routeWarmer(root: string, origin: string | undefined): () => void {
  let asked: string[] | undefined
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
    const before = asked
    if (before !== undefined && before.join('\n') === urls.join('\n')) return
    asked = urls
    const known = new Set(before)
    const target = urls.find((url) => !known.has(url)) ?? urls[0]
    if (target !== undefined) askUntilAnswered(`${origin}${encodeURI(target)}`)
  }
}

function askUntilAnswered(url: string): void {
  let answered = false
  let tries = 0
  let failure: string | undefined
  const timer = setInterval(() => {
    if (answered || tries >= ASK_AT_MOST) {
      clearInterval(timer)
      if (!answered) console.warn(`dev: ${url} did not answer after ${tries} requests${failure ? ` (${failure})` : ''}; it may 404 once`)
      return
    }
    tries++
    fetch(url).then(
      (response) => {
        if (response.ok) answered = true
        return response.body?.cancel()
      },
      (error: unknown) => {
        failure = error instanceof Error ? error.message : String(error)
      },
    )
  }, ASK_EVERY_MS)
}
