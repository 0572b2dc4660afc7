import { slug } from 'github-slugger'

export type AuthorRef = { name: string; slug: string }

export type AuthorProfile = {
  name: string
  slug: string
  bio: string | undefined
  /** Site-relative or absolute image URL. */
  avatar: string | undefined
  links: { label: string; url: string }[]
}

export function authorSlug(name: string): string {
  return slug(name.trim())
}

/** Every author with posts, with their profile where `content/authors/` has one, by number of posts. */
export function listAuthors(
  posts: readonly { authors: readonly AuthorRef[] }[],
  profiles: readonly AuthorProfile[],
): (AuthorProfile & { count: number })[] {
  const counts = new Map<string, { ref: AuthorRef; count: number }>()
  for (const post of posts) {
    for (const author of post.authors) {
      const seen = counts.get(author.slug)
      counts.set(author.slug, { ref: seen?.ref ?? author, count: (seen?.count ?? 0) + 1 })
    }
  }
  // The first profile of a slug wins, as a search of the list would find it.
  const profileBySlug = new Map<string, AuthorProfile>()
  for (const profile of profiles) if (!profileBySlug.has(profile.slug)) profileBySlug.set(profile.slug, profile)
  return [...counts.values()]
    .map(({ ref, count }) => {
      const profile = profileBySlug.get(ref.slug)
      return { ...(profile ?? { ...ref, bio: undefined, avatar: undefined, links: [] }), count }
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}
