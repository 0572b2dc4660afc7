import { describe, expect, it } from 'vitest'
import { parseShard } from '../shared/files'
import { packShards, type ShardSettings } from './pack'

const settings: ShardSettings = { shardBytes: 10_000, maxPostings: { title: Infinity, heading: Infinity, tags: Infinity, author: Infinity, body: 3 }, maxPrefixPostings: 2 }

/** Packs one field's FlexSearch export ([term, [ids of each score slot]]); `words` lists each whole word's entries. */
function pack(field: 'title' | 'body', entries: [string, number[][]][], words: Record<string, number[]>) {
  return packShards([{ field, json: JSON.stringify(entries) }], settings, (_, term) => words[term]).map(({ contents }) => parseShard(JSON.parse(contents)))
}

describe('packShards', () => {
  it('keeps every id of a word in a short field, newest first, and bounds prefixes', () => {
    const [shard] = pack('title', [['fle', [[9, 5], [1]]], ['f', [[9, 5, 1]]], ['fleabrar', [[5, 1]]]], { fle: [9], fleabrar: [1, 5] })
    expect(shard?.title).toEqual([['fle', [1, 5, 9], [9]], ['f', [1, 5]], ['fleabrar', [1, 5]]])
  })

  it('bounds a word in body text, and its whole-word list with it', () => {
    const entries: [string, number[][]][] = [['fleabrar', [[8, 1, 5, 2]]]]
    expect(pack('body', entries, { fleabrar: [1, 5] })[0]?.body).toEqual([['fleabrar', [1, 2, 5], [1, 5]]])
    // Every kept id is a whole-word match: no list needed.
    expect(pack('body', entries, { fleabrar: [1, 2, 5] })[0]?.body).toEqual([['fleabrar', [1, 2, 5]]])
  })
})
