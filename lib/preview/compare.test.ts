import { describe, expect, it } from 'vitest'
import { comparePosts } from './compare'
import type { ManifestPost } from './manifest'

function post(url: string, fields: Partial<ManifestPost> = {}): ManifestPost {
  const slug = url.split('/').filter(Boolean).at(-1) ?? 'x'
  const hash = (fields.hash ?? slug).padEnd(64, '0')
  return { url, slug, title: slug, date: '2020-01-01T00:00:00.000Z', tags: [], draft: false, text: `text/${hash}.txt`, ...fields, hash }
}

describe('comparePosts', () => {
  it('finds the added, changed and removed posts, and leaves unchanged ones out', () => {
    const base = [post('/a/'), post('/b/'), post('/c/')]
    const head = [post('/a/'), post('/b/', { title: 'B, retitled', hash: 'b2' }), post('/d/')]
    const { added, changed, removed } = comparePosts(base, head)
    expect(added.map((p) => p.url)).toEqual(['/d/'])
    expect(removed).toEqual([{ post: base[2], oldUrlLeadsTo: null }])
    expect(changed).toHaveLength(1)
    expect(changed[0]?.textChanged).toBe(true)
    expect(changed[0]?.fields).toEqual([{ field: 'title', before: 'b', after: 'B, retitled' }])
    expect(changed[0]).not.toHaveProperty('oldUrlLeadsTo')
  })

  it('follows a post to its new URL by its slug and says the old URL now leads nowhere', () => {
    const { added, changed, removed } = comparePosts([post('/2019/hello/')], [post('/2020/hello/', { hash: 'hello' })])
    expect(added).toEqual([])
    expect(removed).toEqual([])
    expect(changed[0]?.fields).toEqual([{ field: 'url', before: '/2019/hello/', after: '/2020/hello/' }])
    expect(changed[0]?.textChanged).toBe(false)
    expect(changed[0]?.oldUrlLeadsTo).toBeNull()
  })

  it('says which post now holds a moved or removed post’s old URL', () => {
    const base = [post('/x/one/'), post('/gone/')]
    const head = [post('/y/one/', { hash: 'one' }), post('/x/one/', { slug: 'other', title: 'Another', hash: 'other' }), post('/gone/', { slug: 'new', title: 'New', hash: 'new' })]
    const { changed } = comparePosts(base, head)
    // /x/one/ now holds another post: that is the same URL, so the URL match wins over the slug.
    expect(changed.map((c) => c.after.title).sort()).toEqual(['Another', 'New'])
    expect(comparePosts([post('/x/one/')], [post('/y/one/', { hash: 'one' }), post('/x/one/', { slug: 'z', title: 'Z', hash: 'z' })]).added.map((p) => p.url)).toEqual(['/y/one/'])
  })

  it('does not pair posts by a slug that two of them share', () => {
    const base = [post('/2016/update/', { hash: 'u1' }), post('/2017/update/', { hash: 'u2' })]
    const head = [post('/2018/update/', { hash: 'u1' })]
    const { added, removed } = comparePosts(base, head)
    expect(added.map((p) => p.url)).toEqual(['/2018/update/'])
    expect(removed.map((r) => r.post.url)).toEqual(['/2016/update/', '/2017/update/'])
  })

  it('lists date, tags and draft changes', () => {
    const { changed } = comparePosts([post('/a/')], [post('/a/', { date: '2021-01-01T00:00:00.000Z', tags: ['go'], draft: true })])
    expect(changed[0]?.fields.map((f) => f.field)).toEqual(['date', 'tags', 'draft'])
    expect(changed[0]?.textChanged).toBe(false)
  })
})
