import { ogImageKey } from '../og'
import { editFrontMatter } from './front-matter-edit'
import type { FoundPost } from './read-posts'

/**
 * Two posts at one URL (or at URLs differing only in letter case, one folder on most hosts) stop the build;
 * Jekyll writes both, the last over the first, and serves only what it publishes. So the post a reader of
 * the old site saw there keeps the URL: a published one before an unpublished one, then the one Jekyll
 * wrote last (the latest date, then the greatest path). Each other gets its own URL next to it
 * (`x.html` → `x-2.html`, `/x/` → `/x-2/`), said in the report.
 */
export function separateCollisions(posts: FoundPost[]): void {
  const taken = new Set(posts.flatMap((found) => (found.post.url === undefined ? [] : [keyOf(found.post.url)])))
  const seen = new Set<string>()
  for (const found of [...posts].sort(keepsTheUrlFirst)) {
    const url = found.post.url
    if (url === undefined) continue
    if (!seen.has(keyOf(url))) {
      seen.add(keyOf(url))
      continue
    }
    let n = 2
    while (taken.has(keyOf(numbered(url, n)))) n++
    const next = numbered(url, n)
    taken.add(keyOf(next))
    seen.add(keyOf(next))
    const text = editFrontMatter(found.post.text ?? found.original, { permalink: next })
    found.post = { ...found.post, text, url: next, degraded: [...found.post.degraded, `URL ${url} is another post's too (Jekyll writes one over the other): served at ${next}`] }
  }
}

/**
 * Two URLs that name one file on a host that ignores letter case, or one share image (`/x/` and `/x`): the
 * build refuses both pairs.
 */
function keyOf(url: string): string {
  return ogImageKey(url).toLowerCase()
}

/** Jekyll's write order reversed (the post written last first), served posts before unserved ones. */
function keepsTheUrlFirst(a: FoundPost, b: FoundPost): number {
  if (a.post.served !== b.post.served) return a.post.served ? -1 : 1
  const date = (b.post.date ?? '').localeCompare(a.post.date ?? '')
  if (date !== 0) return date
  return a.rel < b.rel ? 1 : a.rel > b.rel ? -1 : 0
}

/** `url` with `-n` before its trailing slash or extension. */
export function numbered(url: string, n: number): string {
  const m = /^(.*?)(\/|\.[^./]+)?$/.exec(url)
  return `${m?.[1] ?? url}-${n}${m?.[2] ?? ''}`
}
