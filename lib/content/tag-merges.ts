import { tagSlug } from '../collections/tags'
import { routes } from '../urls/routes'
import type { StoredPost } from './post-store'

/**
 * Tags spelt differently that share one page (`a/b` and `a..b`, `a b` and `a-b`: a tag's URL keeps only
 * letters, digits and `-`), one warning each, naming a post of each spelling. Jekyll's tag pages merge
 * them the same way, so this warns rather than stops; letter case alone is one tag on purpose.
 */
export function tagMergeWarnings(posts: readonly Pick<StoredPost, 'source' | 'tags'>[]): string[] {
  const bySlug = new Map<string, Map<string, string>>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const slug = tagSlug(tag)
      if (slug === '') continue
      const spellings = bySlug.get(slug) ?? new Map<string, string>()
      if (!spellings.has(tag.toLowerCase())) spellings.set(tag.toLowerCase(), `"${tag}" (${post.source})`)
      bySlug.set(slug, spellings)
    }
  }
  return [...bySlug.entries()]
    .filter(([, spellings]) => spellings.size > 1)
    .map(([slug, spellings]) => `warning: tags ${[...spellings.values()].join(' and ')} share one page, ${routes.tag(slug)}. Fix: spell the tag one way in every post`)
}
