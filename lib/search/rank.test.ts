import { describe, expect, it } from 'vitest'
import { entryId } from './options'
import { fuse, preferCoverage, termMatches } from './rank'

describe('fuse', () => {
  it('puts a title hit above a better-placed body hit, ties going to the newer post', () => {
    const ranked = fuse([
      { field: 'title', ids: [entryId(5, 0)] },
      { field: 'body', ids: [entryId(2, 3), entryId(1, 1), entryId(5, 2)] },
    ])
    expect(ranked.map((post) => post.post)).toEqual([5, 2, 1])
    expect(fuse([{ field: 'body', ids: [entryId(9, 0)] }, { field: 'heading', ids: [entryId(3, 1)] }]).map((post) => post.post)).toEqual([3, 9])
    expect(ranked[0]?.sections).toEqual([2])
  })

  it('returns nothing for no hits', () => {
    expect(fuse([{ field: 'title', ids: [] }])).toEqual([])
  })
})

describe('preferCoverage', () => {
  const ranked = [1, 2, 3].map((post) => ({ post, score: 4 - post, sections: [] }))
  it('lifts a post matching every query word above better-fused partial matches', () => {
    const common = termMatches([{ field: 'title', ids: [1, 2, 3].map((post) => entryId(post, 0)) }])
    const rare = termMatches([{ field: 'heading', ids: [entryId(3, 2)] }])
    expect(preferCoverage(ranked, [common, rare], 100).map((hit) => hit.post)).toEqual([3, 1, 2])
  })

  it('weighs a rare word above a common one, and matches in weightier fields higher', () => {
    const common = termMatches([{ field: 'title', ids: [entryId(1, 0), entryId(2, 0)] }, { field: 'body', ids: [entryId(4, 0), entryId(5, 0), entryId(6, 0)] }])
    const rare = termMatches([{ field: 'title', ids: [entryId(3, 0)] }])
    expect(preferCoverage(ranked, [common, rare], 1000).map((hit) => hit.post)).toEqual([3, 1, 2])
    const word = termMatches([{ field: 'body', ids: [entryId(1, 1)] }, { field: 'heading', ids: [entryId(2, 1)] }, { field: 'body', ids: [entryId(3, 0)] }])
    expect(preferCoverage(ranked, [word], 10).map((hit) => hit.post)).toEqual([2, 1, 3])
  })
})
