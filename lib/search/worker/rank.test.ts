import { describe, expect, it } from 'vitest'
import { entryId } from '../shared/options'
import { rankPosts, type FieldHits, type WordHits } from './rank'

const title = (...posts: number[]): FieldHits => ({ field: 'title', ids: posts.map((post) => entryId(post, 0)) })
const heading = (...pairs: [number, number][]): FieldHits => ({ field: 'heading', ids: pairs.map(([post, section]) => entryId(post, section)) })
const body = (...pairs: [number, number][]): FieldHits => ({ field: 'body', ids: pairs.map(([post, section]) => entryId(post, section)) })
const order = (words: WordHits[], posts = 1000) => rankPosts(words, posts).posts

describe('rankPosts', () => {
  it('puts a title hit above a body hit, and equal matches newest first', () => {
    expect(order([[title(5), body([2, 3], [1, 1], [5, 2])]])).toEqual([5, 1, 2])
  })

  it('returns nothing for no hits', () => {
    expect(rankPosts([[title()]], 10).posts).toEqual([])
    expect(rankPosts([], 10).posts).toEqual([])
  })

  it('ranks posts matching more of the query words first', () => {
    const common = [title(1, 2, 3)]
    const rare = [body([3, 2])]
    expect(order([common, rare])).toEqual([3, 1, 2])
  })

  it('ranks query words together in one heading above the same words spread over title and headings', () => {
    // Post 7 has all three words in one heading; post 2 has the rare one in its title and the others apart.
    const closer = [heading([7, 1], [2, 3])]
    const service = [heading([7, 1], [2, 4]), body([2, 1])]
    const dacark = [title(2), heading([7, 1])]
    const ranking = rankPosts([closer, service, dacark], 10_000)
    expect(ranking.posts).toEqual([7, 2])
    expect(ranking.sectionsOf(7)).toEqual([1])
  })

  it('ranks a whole-word match above a word that only starts with the query word', () => {
    // "fle" is a word of post 4's title and only the start of "fleabrar" in post 1's.
    const scale = [title(1, 4)]
    const fle: WordHits = [{ ...title(1, 4), exact: new Set([entryId(4, 0)]) }]
    expect(order([scale, fle])).toEqual([4, 1])
    expect(order([scale, [title(1, 4)]])).toEqual([1, 4])
  })

  it('weighs a rare word above a common one, and a weightier field above a lighter one', () => {
    const common = [title(1, 2), body([4, 0], [5, 0], [6, 0])]
    const rare = [title(3)]
    expect(order([common, rare], 1000)).toEqual([3, 1, 2, 4, 5, 6])
    expect(order([[body([1, 1], [3, 0]), heading([2, 1])]], 10)).toEqual([2, 1, 3])
  })

  it('orders a post’s sections by what they match, heading above body', () => {
    expect(rankPosts([[heading([1, 4]), body([1, 2], [1, 4])], [body([1, 2])]], 100).sectionsOf(1)).toEqual([4, 2])
    expect(rankPosts([[title(1), body([1, 0])]], 100).sectionsOf(1)).toEqual([0])
    expect(rankPosts([[title(1), body([2, 3])]], 100).sectionsOf(1)).toEqual([])
  })
})
