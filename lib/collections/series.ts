/** A series as a post shows it: every part in reading order (oldest first), this post marked. */
export type Series = { name: string; parts: { title: string; url: string; current: boolean }[] }

type Part = { url: string; title: string; date: string; series: string | undefined }

/** The series `post` belongs to, or undefined when it names none. Parts with the same date keep URL order. */
export function seriesOf(post: Pick<Part, 'url' | 'series'>, posts: readonly Part[]): Series | undefined {
  const name = post.series?.trim()
  if (!name) return undefined
  const parts = posts
    .filter((other) => other.series?.trim() === name)
    .sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url))
    .map((part) => ({ title: part.title, url: part.url, current: part.url === post.url }))
  return { name, parts }
}
