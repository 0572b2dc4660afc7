import type { ManifestPost } from './manifest'

/**
 * What a preview changes: its posts against the base's. A post is the same post on both sides when its URL
 * is the same, or else when its slug is (a post given a new permalink or date keeps its file's slug); the
 * rest were added or removed. A changed post lists the front-matter fields that differ and whether its text
 * does; a post whose URL moved says where the old URL now leads in the preview (another post, or nowhere).
 */
export type PostRef = { url: string; title: string }
export type FieldName = 'title' | 'date' | 'tags' | 'url' | 'draft'
export type FieldChange = { field: FieldName; before: string; after: string }
export type ChangedPost = {
  before: ManifestPost
  after: ManifestPost
  fields: FieldChange[]
  textChanged: boolean
  /** Only when the URL changed: the post now at the old URL, or null when none is. */
  oldUrlLeadsTo?: PostRef | null
}
export type RemovedPost = { post: ManifestPost; oldUrlLeadsTo: PostRef | null }
export type Comparison = { added: ManifestPost[]; changed: ChangedPost[]; removed: RemovedPost[] }

export function comparePosts(base: readonly ManifestPost[], head: readonly ManifestPost[]): Comparison {
  const headByUrl = new Map(head.map((post) => [post.url, post]))
  const pairs: [ManifestPost, ManifestPost][] = []
  const unmatchedBase: ManifestPost[] = []
  const matchedHead = new Set<ManifestPost>()
  for (const post of base) {
    const same = headByUrl.get(post.url)
    if (same) {
      pairs.push([post, same])
      matchedHead.add(same)
    } else unmatchedBase.push(post)
  }
  const unmatchedHead = head.filter((post) => !matchedHead.has(post))
  const removed: ManifestPost[] = []
  for (const post of unmatchedBase) {
    const candidates = unmatchedHead.filter((other) => other.slug === post.slug && !matchedHead.has(other))
    const onlyOne = candidates.length === 1 && unmatchedBase.filter((other) => other.slug === post.slug).length === 1
    const match = onlyOne ? candidates[0] : undefined
    if (match) {
      pairs.push([post, match])
      matchedHead.add(match)
    } else removed.push(post)
  }
  const leadsTo = (url: string): PostRef | null => {
    const post = headByUrl.get(url)
    return post ? { url: post.url, title: post.title } : null
  }
  const changed = pairs
    .map(([before, after]): ChangedPost => {
      const fields = fieldChanges(before, after)
      const moved = before.url !== after.url
      return { before, after, fields, textChanged: before.hash !== after.hash, ...(moved ? { oldUrlLeadsTo: leadsTo(before.url) } : {}) }
    })
    .filter((change) => change.textChanged || change.fields.length > 0)
  return {
    added: head.filter((post) => !matchedHead.has(post)).sort(byTitle),
    changed: changed.sort((a, b) => byTitle(a.after, b.after)),
    removed: removed.sort(byTitle).map((post) => ({ post, oldUrlLeadsTo: leadsTo(post.url) })),
  }
}

function fieldChanges(before: ManifestPost, after: ManifestPost): FieldChange[] {
  const fields: [FieldName, string, string][] = [
    ['title', before.title, after.title],
    ['date', before.date, after.date],
    ['tags', before.tags.join(', '), after.tags.join(', ')],
    ['url', before.url, after.url],
    ['draft', before.draft ? 'draft' : 'published', after.draft ? 'draft' : 'published'],
  ]
  return fields.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, before: a, after: b }))
}

function byTitle(a: ManifestPost, b: ManifestPost): number {
  return a.title.localeCompare(b.title) || a.url.localeCompare(b.url)
}
