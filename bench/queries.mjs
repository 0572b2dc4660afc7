// Known-item queries ("find this post"): 2–3 of the rarest words of a post's title or of one of its
// headings that is unique in the corpus. The expected answer is that post's URL.
import { random } from './corpus.mjs'

const SKIP = new Set('a an and are as at be by for from how in is it of on or our the to was we what when why with and its s'.split(' '))
const contentWords = (text) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 3 && !SKIP.has(word))

export function knownItemQueries(posts, seed, perKind = 100) {
  const df = new Map()
  const headingCount = new Map()
  for (const post of posts) {
    const text = `${post.title} ${post.html.replace(/<[^>]+>/g, ' ')}`
    for (const word of new Set(contentWords(text))) df.set(word, (df.get(word) ?? 0) + 1)
    for (const { text: heading } of post.headings) headingCount.set(heading, (headingCount.get(heading) ?? 0) + 1)
  }
  const rarest = (text) => {
    const words = [...new Set(contentWords(text))]
    const chosen = new Set([...words].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, words.length >= 4 ? 3 : 2))
    return words.filter((word) => chosen.has(word)).join(' ')
  }
  const rand = random(seed + 1)
  const order = posts.map((_, i) => i).map((i) => [rand(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i)
  const queries = []
  for (const i of order) {
    const post = posts[i]
    if (queries.filter((q) => q.kind === 'title').length < perKind) queries.push({ kind: 'title', query: rarest(post.title), source: post.title, url: post.url })
    const unique = post.headings.filter((h) => headingCount.get(h.text) === 1 && contentWords(h.text).length >= 2)
    if (unique.length > 0 && queries.filter((q) => q.kind === 'heading').length < perKind) {
      const heading = unique[0]
      queries.push({ kind: 'heading', query: rarest(heading.text), source: heading.text, url: post.url, anchor: heading.id })
    }
    if (queries.length >= 2 * perKind) break
  }
  return queries
}
