import { postOf, sectionOf, type SearchField } from '../shared/options'

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
/** Posts best first, and, asked for only for the posts shown, the sections of one that match best first. */
export type Ranking = { posts: number[]; sectionsOf: (post: number) => number[] }

/** Words past this many are ignored: their bits would not fit the masks, and no reader types that many. */
export const MAX_QUERY_WORDS = 24

/**
 * One pass over the hits with a slot per post in typed arrays: at 10,000 posts a common word hits
 * thousands of them on every keystroke, and an object per post would be most of the work.
 */
export function rankPosts(words: readonly WordHits[], posts: number): Ranking {
  const counted = words.slice(0, MAX_QUERY_WORDS).map((hits) => [...hits].sort((a, b) => FIELD_WEIGHTS[b.field] - FIELD_WEIGHTS[a.field]))
  const stamp = new Int32Array(posts)
  const rarity = counted.map((hits, word) => rarityOf(hits, posts, stamp, word + 1))
  const matched = new Int32Array(posts)
  const whole = new Int32Array(posts)
  const titleAny = new Int32Array(posts)
  const titleWhole = new Int32Array(posts)
  const weight = new Float64Array(posts)
  const headingAny = new Map<number, number>()
  const headingWhole = new Map<number, number>()
  const candidates: number[] = []
  counted.forEach((hits, word) => {
    const bit = 1 << word
    // Fields come weightiest first, so the first field a post matches this word in is its best.
    for (const { field, ids, exact } of hits) {
      for (const id of ids) {
        const post = postOf(id)
        if (post >= posts) continue
        const isWhole = !exact || exact.has(id) ? bit : 0
        const before = at(matched, post)
        if (before === 0) candidates.push(post)
        if ((before & bit) === 0) {
          matched[post] = before | bit
          weight[post] = at(weight, post) + FIELD_WEIGHTS[field] * (rarity[word] ?? 0)
        }
        whole[post] = at(whole, post) | isWhole
        if (field === 'title') {
          titleAny[post] = at(titleAny, post) | bit
          titleWhole[post] = at(titleWhole, post) | isWhole
        } else if (field === 'heading') {
          headingAny.set(id, (headingAny.get(id) ?? 0) | bit)
          headingWhole.set(id, (headingWhole.get(id) ?? 0) | isWhole)
        }
      }
    }
  })
  const coverage = new Int32Array(posts)
  const together = new Int32Array(posts)
  const exactness = new Int32Array(posts)
  for (const post of candidates) {
    coverage[post] = bitCount(at(matched, post))
    together[post] = closeness(at(titleAny, post), at(titleWhole, post))
    exactness[post] = bitCount(at(whole, post))
  }
  for (const [id, any] of headingAny) {
    const post = postOf(id)
    together[post] = Math.max(at(together, post), closeness(any, headingWhole.get(id) ?? 0))
  }
  candidates.sort((a, b) =>
    at(coverage, b) - at(coverage, a) || at(together, b) - at(together, a) || at(exactness, b) - at(exactness, a) || at(weight, b) - at(weight, a) || a - b)
  return { posts: candidates, sectionsOf: (post) => sectionsOf(post, counted, rarity) }
}

const at = (values: Int32Array | Float64Array, index: number): number => values[index] ?? 0

/** A post's sections by the weight of what they match (heading above body), best first; title, tags and authors describe the whole post. */
function sectionsOf(post: number, words: readonly WordHits[], rarity: readonly number[]): number[] {
  const weights = new Map<number, number>()
  words.forEach((hits, word) => {
    for (const { field, ids } of hits) {
      if (field !== 'heading' && field !== 'body') continue
      for (const id of ids) if (postOf(id) === post) weights.set(sectionOf(id), (weights.get(sectionOf(id)) ?? 0) + FIELD_WEIGHTS[field] * (rarity[word] ?? 0))
    }
  })
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([section]) => section)
}

/** More query words in the field first, then more of them whole. */
const closeness = (any: number, whole: number): number => bitCount(any) * (MAX_QUERY_WORDS + 1) + bitCount(whole)

/**
 * A smoothed inverse document frequency, squared so that a rare word a reader remembered outweighs
 * common ones. Posts are counted once by marking them with `mark` in `stamp`, shared across words.
 */
function rarityOf(hits: WordHits, posts: number, stamp: Int32Array, mark: number): number {
  let matching = 0
  for (const { ids } of hits) {
    for (const id of ids) {
      const post = postOf(id)
      if (post >= posts || stamp[post] === mark) continue
      stamp[post] = mark
      matching++
    }
  }
  return Math.log(1 + posts / Math.max(1, matching)) ** 2
}

function bitCount(mask: number): number {
  let count = 0
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++
  return count
}
