import { postOf, sectionOf, type SearchField } from './options'

/**
 * FlexSearch finds the entries each query word matches, field by field; it has no field weights and
 * `merge` only concatenates fields, so posts are ranked here, from those hits, in order of:
 *  1. coverage: how many of the query words the post matches anywhere;
 *  2. togetherness: the most query words found within one title or one heading (then, among those,
 *     how many are whole words) — a reader who remembers a heading remembers its words together,
 *     and a short field holding all of them says far more than the same words scattered over a
 *     title, a heading and the body;
 *  3. exactness: how many query words the post has as whole words, not only as the start of longer
 *     ones ("fle" itself rather than "fleabrar"); a word still being typed matches no post exactly,
 *     so it changes nothing here;
 *  4. weight: for each word, the weight of the best field it is in, times the word's rarity;
 *  5. recency: the newer post (a lower post number).
 * Sections are ordered by the weight of what they match, so a result links to the section that
 * answers the query.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { title: 8, heading: 4, tags: 3, author: 3, body: 1 }

/**
 * The entries (post and section packed in an id) one query word matches in one field, and the ids
 * among them that hold it as a whole word; without `exact`, every id does.
 */
export type FieldHits = { field: SearchField; ids: readonly number[]; exact?: ReadonlySet<number> | undefined }
/** One query word's hits in every field. */
export type WordHits = readonly FieldHits[]
export type RankedPost = { post: number; sections: number[] }

/** Words past this many are ignored: their bits would not fit the masks, and no reader types that many. */
export const MAX_QUERY_WORDS = 24

/** Which query words (bit n: word n) a field holds, and which of those as whole words. */
type Words = { any: number; whole: number }

type Tally = {
  /** Per query word, the weight of the best field it matches in (0: absent). */
  best: number[]
  whole: number
  title: Words
  headings: Map<number, Words>
  sectionWeight: Map<number, number>
}

export function rankPosts(words: readonly WordHits[], posts: number): RankedPost[] {
  const counted = words.slice(0, MAX_QUERY_WORDS)
  const tallies = new Map<number, Tally>()
  const tallyOf = (post: number): Tally => {
    let tally = tallies.get(post)
    if (!tally) {
      tally = { best: counted.map(() => 0), whole: 0, title: { any: 0, whole: 0 }, headings: new Map(), sectionWeight: new Map() }
      tallies.set(post, tally)
    }
    return tally
  }
  const rarity = counted.map((hits) => rarityOf(hits, posts))
  counted.forEach((hits, word) => {
    const bit = 1 << word
    for (const { field, ids, exact } of hits) {
      const weight = FIELD_WEIGHTS[field]
      for (const id of ids) {
        const tally = tallyOf(postOf(id))
        const whole = !exact || exact.has(id) ? bit : 0
        tally.best[word] = Math.max(tally.best[word] ?? 0, weight)
        tally.whole |= whole
        if (field === 'title') add(tally.title, bit, whole)
        // Title, tags and authors live on the intro entry but describe the whole post, not a section.
        if (field !== 'heading' && field !== 'body') continue
        const section = sectionOf(id)
        if (field === 'heading') add(wordsOf(tally.headings, section), bit, whole)
        tally.sectionWeight.set(section, (tally.sectionWeight.get(section) ?? 0) + weight * (rarity[word] ?? 0))
      }
    }
  })
  return [...tallies]
    .map(([post, tally]) => ({
      post,
      coverage: tally.best.filter((weight) => weight > 0).length,
      together: Math.max(closeness(tally.title), ...[...tally.headings.values()].map(closeness)),
      exact: bitCount(tally.whole),
      weight: tally.best.reduce((sum, weight, word) => sum + weight * (rarity[word] ?? 0), 0),
      sections: [...tally.sectionWeight].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([section]) => section),
    }))
    .sort((a, b) => b.coverage - a.coverage || b.together - a.together || b.exact - a.exact || b.weight - a.weight || a.post - b.post)
    .map(({ post, sections }) => ({ post, sections }))
}

function add(words: Words, bit: number, whole: number): void {
  words.any |= bit
  words.whole |= whole
}

function wordsOf(headings: Map<number, Words>, section: number): Words {
  let words = headings.get(section)
  if (!words) {
    words = { any: 0, whole: 0 }
    headings.set(section, words)
  }
  return words
}

/** More query words in the field first, then more of them whole. */
const closeness = (words: Words): number => bitCount(words.any) * (MAX_QUERY_WORDS + 1) + bitCount(words.whole)

/** A smoothed inverse document frequency, squared so that a rare word a reader remembered outweighs common ones. */
function rarityOf(hits: WordHits, posts: number): number {
  const matching = new Set<number>()
  for (const { ids } of hits) for (const id of ids) matching.add(postOf(id))
  return Math.log(1 + posts / Math.max(1, matching.size)) ** 2
}

function bitCount(mask: number): number {
  let count = 0
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++
  return count
}
