import { describe, expect, it } from 'vitest'
import { shardFor, toDirectory } from './shards'

describe('prefix shards', () => {
  it('finds the longest listed prefix, or none', () => {
    const directory = toDirectory([['k'], ['ku', 'x'], ['kub']])
    expect(shardFor('kubernetes', directory)).toBe(2)
    expect(shardFor('ku', directory)).toBe(1)
    expect(shardFor('kafka', directory)).toBe(0)
    expect(shardFor('zebra', directory)).toBeUndefined()
  })
})
