import { describe, expect, it } from 'vitest'
import { median } from './stats.mjs'

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, ignoring order', () => {
    expect(median([90, 100, 40])).toBe(90)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('skips runs without a figure and gives null when none has one', () => {
    expect(median([null, 7, null])).toBe(7)
    expect(median([null])).toBeNull()
  })
})
