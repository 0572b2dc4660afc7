import { describe, expect, it } from 'vitest'
import { indexByTag, relatedPosts } from './related'

const post = (url: string, date: string, ...tags: string[]) => ({ url, date, tags: tags.map((slug) => ({ slug })) })

const current = post('/current/', '2017-06-01T00:00:00Z', 'go', 'kubernetes', 'docker')
const threeShared = post('/three/', '2015-01-01T00:00:00Z', 'go', 'kubernetes', 'docker')
const twoSharedOld = post('/two-old/', '2016-01-01T00:00:00Z', 'go', 'docker', 'rust')
const twoSharedNew = post('/two-new/', '2017-01-01T00:00:00Z', 'kubernetes', 'go')
const oneShared = post('/one/', '2018-01-01T00:00:00Z', 'docker')
const noneShared = post('/none/', '2019-01-01T00:00:00Z', 'rust', 'python')
const all = [noneShared, oneShared, current, twoSharedOld, threeShared, twoSharedNew]
const byTag = indexByTag(all)

describe('relatedPosts', () => {
  it('ranks by shared tags, then by recency among equals', () => {
    expect(relatedPosts(current, all, byTag, 10).map((p) => p.url)).toEqual(['/three/', '/two-new/', '/two-old/', '/one/'])
  })

  it('never lists the post itself, nor posts sharing no tag', () => {
    const urls = relatedPosts(current, all, byTag, 10).map((p) => p.url)
    expect(urls).not.toContain('/current/')
    expect(urls).not.toContain('/none/')
  })

  it('stops at the limit', () => {
    expect(relatedPosts(current, all, byTag, 2).map((p) => p.url)).toEqual(['/three/', '/two-new/'])
  })

  it('is empty for a post without tags', () => {
    expect(relatedPosts(post('/untagged/', '2017-01-01T00:00:00Z'), all, byTag, 3)).toEqual([])
  })
})

describe('indexByTag', () => {
  it('lists where each tag’s posts sit, in list order', () => {
    expect(byTag.get('docker')).toEqual([1, 2, 3, 4])
    expect(byTag.get('python')).toEqual([0])
  })

  it('has no entry for a tag no post carries', () => {
    expect(byTag.has('haskell')).toBe(false)
  })

  it('lists a post once under a tag it names twice', () => {
    expect(indexByTag([post('/twice/', '2017-01-01T00:00:00Z', 'go', 'go')]).get('go')).toEqual([0])
  })
})

describe('relatedPosts with equal tags and dates', () => {
  it('keeps list order, as the newest-first list decides it', () => {
    const list = [current, post('/b/', '2016-01-01T00:00:00Z', 'go'), post('/a/', '2016-01-01T00:00:00Z', 'go')]
    expect(relatedPosts(current, list, indexByTag(list), 5).map((p) => p.url)).toEqual(['/b/', '/a/'])
  })
})
