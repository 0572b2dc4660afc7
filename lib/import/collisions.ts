import { editFrontMatter } from './front-matter-edit'
import type { FoundPost } from './read-posts'

/**
 * Two posts at one URL (or at URLs differing only in letter case, one folder on most hosts) stop the build;
 * Jekyll writes both, the last over the first. The first keeps the URL; each other gets its own, next to it
 * (`x.html` → `x-2.html`, `/x/` → `/x-2/`), said in the report.
 */
export function separateCollisions(posts: FoundPost[]): void {
  const taken = new Set(posts.flatMap((found) => (found.post.url === undefined ? [] : [found.post.url.toLowerCase()])))
  const seen = new Set<string>()
  for (const found of posts) {
    const url = found.post.url
    if (url === undefined) continue
    if (!seen.has(url.toLowerCase())) {
      seen.add(url.toLowerCase())
      continue
    }
    let n = 2
    while (taken.has(numbered(url, n).toLowerCase())) n++
    const next = numbered(url, n)
    taken.add(next.toLowerCase())
    seen.add(next.toLowerCase())
    const text = editFrontMatter(found.post.text ?? found.original, { permalink: next })
    found.post = { ...found.post, text, url: next, degraded: [...found.post.degraded, `URL ${url} is another post's too (Jekyll writes one over the other): served at ${next}`] }
  }
}

/** `url` with `-n` before its trailing slash or extension. */
export function numbered(url: string, n: number): string {
  const m = /^(.*?)(\/|\.[^./]+)?$/.exec(url)
  return `${m?.[1] ?? url}-${n}${m?.[2] ?? ''}`
}
