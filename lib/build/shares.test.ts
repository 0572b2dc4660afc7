import { describe, expect, it } from 'vitest'
import { shares } from './shares.mjs'

describe('shares of the work', () => {
  it('deals items round robin, every item once', () => {
    expect(shares([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ])
  })

  it('starts no process for nothing: fewer items than processes leave no empty share', () => {
    expect(shares(['a'], 4)).toEqual([['a']])
    expect(shares([], 2)).toEqual([])
  })
})
