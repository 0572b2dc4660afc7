/** Where each tag's posts sit in a list, in list order: built once, so a post's related posts never scan the list. */
export type TagIndex = ReadonlyMap<string, readonly number[]>

export function indexByTag(posts: readonly { tags: readonly { slug: string }[] }[]): TagIndex {
  const index = new Map<string, number[]>()
  posts.forEach((post, position) => {
    // A post naming one tag twice (`Go`, `go`) is listed once under it.
    for (const slug of new Set(post.tags.map((t) => t.slug))) {
      const list = index.get(slug)
      if (list) list.push(position)
      else index.set(slug, [position])
    }
  })
  return index
}

/**
 * Posts related to `post`: those sharing the most tags first, then the most recent, then in list order;
 * posts sharing no tag are not related. Only the posts of `post`'s own tags are looked at.
 */
export function relatedPosts<T extends { url: string; date: string; tags: readonly { slug: string }[] }>(
  post: T,
  posts: readonly T[],
  byTag: TagIndex,
  limit: number,
): T[] {
  const shared = new Map<number, number>()
  for (const slug of new Set(post.tags.map((t) => t.slug))) {
    for (const position of byTag.get(slug) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1)
  }
  return [...shared]
    .flatMap(([position, count]) => {
      const other = posts[position]
      return other && other.url !== post.url ? [{ other, position, count }] : []
    })
    .sort((a, b) => b.count - a.count || b.other.date.localeCompare(a.other.date) || a.position - b.position)
    .slice(0, limit)
    .map(({ other }) => other)
}
