import { describe, expect, it } from 'vitest'
import { editDistance, nearestTerm } from './typo'

describe('typo tolerance', () => {
  it('measures swaps as one edit', () => {
    expect(editDistance('overlya', 'overlay', 2)).toBe(1)
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
  })

  it('prefers whole words of the same length, and gives up on short or distant words', () => {
    const vocabulary = new Map([['overla', 3], ['overlay', 3], ['over', 9]])
    expect(nearestTerm('overlya', vocabulary)).toBe('overlay')
    expect(nearestTerm('ovr', vocabulary)).toBeUndefined()
    expect(nearestTerm('zzzzzzz', vocabulary)).toBeUndefined()
  })
})
