import { describe, expect, it } from 'vitest'
import { median, percentile } from './stats.mjs'

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

describe('percentile', () => {
  it('takes the nearest rank, ignoring order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 95)).toBe(10)
    expect(percentile(values, 10)).toBe(1)
  })

  it('gives NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN()
  })
})
