import { describe, expect, it } from 'vitest'
import { parseShard } from './files'
import { packShards, type ShardSettings, type WholeWords } from './pack'

const settings: ShardSettings = { shardBytes: 10_000, maxPostings: { title: Infinity, heading: Infinity, tags: Infinity, author: Infinity, body: 3 }, maxPrefixPostings: 2 }
// FlexSearch's export: [term, [ids of each score slot]].
const exported = (entries: [string, number[][]][]) => JSON.stringify(entries)

describe('packShards', () => {
  const words: Record<string, number[]> = { fle: [9], fleabrar: [1, 5] }
  const wholeWords: WholeWords = (_, term) => words[term]
  const pack = (field: 'title' | 'body', entries: [string, number[][]][]) =>
    packShards([{ field, json: exported(entries) }], settings, wholeWords).map(({ contents }) => parseShard(JSON.parse(contents)))

  it('keeps every id of a word in a short field, newest first, and bounds prefixes', () => {
    const [shard] = pack('title', [['fle', [[9, 5], [1]]], ['f', [[9, 5, 1]]], ['fleabrar', [[5, 1]]]])
    expect(shard?.title).toEqual([['fle', [1, 5, 9], [9]], ['f', [1, 5]], ['fleabrar', [1, 5]]])
  })

  it('bounds a word in body text, and its whole-word list with it', () => {
    const [shard] = pack('body', [['fleabrar', [[8, 1, 5, 2]]]])
    expect(shard?.body).toEqual([['fleabrar', [1, 2, 5], [1, 5]]])
  })
})
