import { describe, expect, it } from 'vitest'
import { pageNumbers, listPage, pageCount, pageSuffix } from './pagination'

const list = Array.from({ length: 25 }, (_, i) => i)

describe('pageCount', () => {
  it('rounds up, and an empty list still has its first page', () => {
    expect(pageCount(25, 10)).toBe(3)
    expect(pageCount(20, 10)).toBe(2)
    expect(pageCount(1, 10)).toBe(1)
    expect(pageCount(0, 10)).toBe(1)
  })

  it('refuses a page size that is not a whole number from 1', () => {
    expect(() => pageCount(5, 0)).toThrow(/not a whole number from 1/)
    expect(() => pageCount(5, 2.5)).toThrow(/not a whole number from 1/)
  })
})

describe('listPage', () => {
  it('slices the list into pages, the last one partial', () => {
    expect(listPage(list, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3 })
    expect(listPage(list, 3, 10)).toEqual({ items: [20, 21, 22, 23, 24], page: 3, totalPages: 3 })
  })

  it('has no page before the first, past the last, or between whole numbers', () => {
    expect(listPage(list, 0, 10)).toBeUndefined()
    expect(listPage(list, 4, 10)).toBeUndefined()
    expect(listPage(list, 1.5, 10)).toBeUndefined()
  })

  it('gives an empty list one empty page', () => {
    expect(listPage([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 })
    expect(listPage([], 2, 10)).toBeUndefined()
  })
})

describe('pageNumbers', () => {
  it('numbers every page from 1', () => {
    expect(pageNumbers(25, 10)).toEqual([1, 2, 3])
    expect(pageNumbers(11, 10)).toEqual([1, 2])
  })

  it('has page 1 alone when everything fits on it, even nothing', () => {
    expect(pageNumbers(10, 10)).toEqual([1])
    expect(pageNumbers(0, 10)).toEqual([1])
  })
})

describe('pageSuffix', () => {
  it('names a later page and its count, and adds nothing to the first', () => {
    expect(pageSuffix({ page: 2, totalPages: 5 })).toBe(', page 2 of 5')
    expect(pageSuffix({ page: 1, totalPages: 5 })).toBe('')
  })
})
