import { describe, expect, it } from 'vitest'
import { planShards, shardFor, toDirectory } from './shards'

describe('prefix shards', () => {
  it('finds the longest listed prefix, or none', () => {
    const directory = toDirectory([['k'], ['ku', 'x'], ['kub']])
    expect(shardFor('kubernetes', directory)).toBe(2)
    expect(shardFor('ku', directory)).toBe(1)
    expect(shardFor('kafka', directory)).toBe(0)
    expect(shardFor('zebra', directory)).toBeUndefined()
  })

  it('splits a prefix over budget by the next letter and packs small groups together', () => {
    const keys = ['a', 'ab', 'abc', 'b', 'ba', 'bb', 'bc'].map((key) => ({ key, bytes: 10 }))
    const { groups, prefixOf } = planShards(keys, 30)
    expect([...prefixOf.keys()]).toEqual(['a', 'b', 'ba', 'bb', 'bc'])
    expect(groups).toBe(3)
    expect([...prefixOf.values()]).toEqual([0, 1, 1, 1, 2])
    expect(planShards(keys, 1000).prefixOf).toEqual(new Map([['', 0]]))
  })
})
