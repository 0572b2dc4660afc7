import { describe, expect, it } from 'vitest'
import { planShards } from './plan-shards'

describe('prefix shards', () => {
  it('splits a prefix over budget by the next letter and packs small groups together', () => {
    const keys = ['a', 'ab', 'abc', 'b', 'ba', 'bb', 'bc'].map((key) => ({ key, bytes: 10 }))
    const { groups, prefixOf } = planShards(keys, 30)
    expect([...prefixOf.keys()]).toEqual(['a', 'b', 'ba', 'bb', 'bc'])
    expect(groups).toBe(3)
    expect([...prefixOf.values()]).toEqual([0, 1, 1, 1, 2])
    expect(planShards(keys, 1000).prefixOf).toEqual(new Map([['', 0]]))
  })
})
