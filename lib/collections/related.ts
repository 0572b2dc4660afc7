/**
 * Posts related to `post`: those sharing the most tags first, then the most recent; posts sharing no
 * tag are not related.
 */
export function relatedPosts<T extends { url: string; date: string; tags: readonly { slug: string }[] }>(
  post: T,
  all: readonly T[],
  limit: number,
): T[] {
  const mine = new Set(post.tags.map((t) => t.slug))
  return all
    .filter((other) => other.url !== post.url)
    .map((other) => ({ other, shared: other.tags.filter((t) => mine.has(t.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.date.localeCompare(a.other.date))
    .slice(0, limit)
    .map(({ other }) => other)
}
