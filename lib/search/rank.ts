import { postOf, sectionOf, type SearchField } from './options'

/**
 * FlexSearch ranks within one field and `merge` only concatenates fields, so fields are fused here:
 * weighted reciprocal-rank fusion. A match in a title outranks one in a heading, then tags and authors,
 * then body text; equal scores go to the newer post (a lower post number).
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { title: 8, heading: 4, tags: 3, author: 3, body: 1 }
const K = 4

export type FieldHits = { field: SearchField; ids: readonly number[] }
export type RankedPost = { post: number; score: number; sections: number[] }

export function fuse(hits: readonly FieldHits[]): RankedPost[] {
  const posts = new Map<number, { score: number; sections: Map<number, number> }>()
  for (const { field, ids } of hits) {
    const weight = FIELD_WEIGHTS[field]
    const seen = new Set<number>()
    ids.forEach((id, rank) => {
      const post = postOf(id)
      const entry = posts.get(post) ?? { score: 0, sections: new Map<number, number>() }
      if (!seen.has(post)) {
        seen.add(post)
        entry.score += weight / (K + seen.size)
      }
      const section = sectionOf(id)
      // Title, tags and authors live on the intro entry but describe the whole post, not a section.
      if (field === 'heading' || field === 'body') entry.sections.set(section, (entry.sections.get(section) ?? 0) + weight / (K + rank + 1))
      posts.set(post, entry)
    })
  }
  return [...posts]
    .map(([post, { score, sections }]) => ({
      post,
      score,
      sections: [...sections].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([section]) => section),
    }))
    .sort((a, b) => b.score - a.score || a.post - b.post)
}

/** For one query word: each post it matches, with the weight of the best field it matches in. */
export type TermMatches = ReadonlyMap<number, number>

export function termMatches(hits: readonly FieldHits[]): TermMatches {
  const best = new Map<number, number>()
  for (const { field, ids } of hits) for (const id of ids) best.set(postOf(id), Math.max(best.get(postOf(id)) ?? 0, FIELD_WEIGHTS[field]))
  return best
}

/**
 * Reorders fused results by how well each post covers the query: for every word, the weight of the
 * best field it matches in, scaled by the word's rarity (a smoothed IDF over `posts`, squared), summed; the
 * fused order breaks ties. FlexSearch's `suggest` also returns posts with only some of the words, and
 * fusion alone let one common word in a title outrank every word in a heading. Rarity also keeps a
 * common word, whose id list the build truncates to the newest posts, from outweighing the rare word a
 * reader remembered (squared: on 10k generated posts MRR@10 0.83 → 0.86).
 */
export function preferCoverage(ranked: readonly RankedPost[], terms: readonly TermMatches[], posts: number): RankedPost[] {
  const rarity = terms.map((matches) => Math.log(1 + posts / Math.max(1, matches.size)) ** 2)
  return ranked.map((hit, order) => ({ hit, order, weight: terms.reduce((sum, matches, t) => sum + (matches.get(hit.post) ?? 0) * (rarity[t] ?? 0), 0) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ hit }) => hit)
}
