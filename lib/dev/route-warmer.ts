// For the dev loop's content side (lib/dev/content-loop.ts): keeps `next dev`'s list of post pages fresh after each content rebuild.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { POSTS_FILE, postStoreDir } from '../content/post-store'

/** The pause between two requests for a new post's URL, and how long it is asked for until it answers. */
const ASK_EVERY_MS = 100
const ASK_FOR_MS = 60_000

/**
 * `next dev` answers a route's first request after a change from its old list of static params and
 * recomputes the list meanwhile: a new post would 404 once. So when the posts' URLs change, a new post's
 * URL (or any post's, when posts only went away) is asked for until it answers, one request at a time:
 * the first that comes after `next dev` has seen the new store makes it recompute the list, before the
 * author follows a link to the post. Not after an edit that changed no URL: a request then would have
 * `next dev` render a page beside the one the author is looking at.
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
    // At the start the pages are still compiling on a busy machine: no answer then is no news.
    if (target !== undefined) void askUntilAnswered(`${origin}${encodeURI(target)}`, before !== undefined)
  }
}

async function askUntilAnswered(url: string, warn: boolean): Promise<void> {
  // One request at a time, each as soon as the last is answered, for up to ASK_FOR_MS: on a busy machine a
  // request takes seconds, and thirty sent at once were all answered from the old list.
  const deadline = Date.now() + ASK_FOR_MS
  let failure: string | undefined
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      await response.body?.cancel()
      if (response.ok) return
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS))
  }
  if (warn) console.warn(`dev: ${url} did not answer within ${ASK_FOR_MS / 1000} s${failure ? ` (${failure})` : ''}; it may 404 once`)
}
