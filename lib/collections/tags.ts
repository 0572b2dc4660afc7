import { slug } from 'github-slugger'

export type TagRef = { name: string; slug: string }
export type TagCount = TagRef & { count: number }

/** URL segment for a tag: case-insensitive, with `C++` and `C#` kept apart from `C`. */
export function tagSlug(name: string): string {
  const spelled = name.trim().toLowerCase().replace(/\+/g, ' plus ').replace(/#/g, ' sharp ')
  return slug(spelled).replace(/-+/g, '-').replace(/^-|-$/g, '')
}

/** Tags by number of posts, then name; tags differing only in case count as one. */
export function countTags(posts: readonly { tags: readonly TagRef[] }[]): TagCount[] {
  const counts = new Map<string, TagCount>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const seen = counts.get(tag.slug)
      counts.set(tag.slug, seen ? { ...seen, count: seen.count + 1 } : { ...tag, count: 1 })
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}
