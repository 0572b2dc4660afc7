import { describe, expect, it } from 'vitest'
import { laterPages, listPage, pageCount, pageFromParam, pageSuffix } from './pagination'

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

describe('laterPages', () => {
  it('numbers every page after the first, since page 1 is the plain URL', () => {
    expect(laterPages(25, 10)).toEqual([2, 3])
    expect(laterPages(11, 10)).toEqual([2])
  })

  it('is empty when everything fits on the first page', () => {
    expect(laterPages(10, 10)).toEqual([])
    expect(laterPages(0, 10)).toEqual([])
  })
})

describe('pageFromParam', () => {
  it('reads the page numbers the site writes', () => {
    expect(pageFromParam('2')).toBe(2)
    expect(pageFromParam('137')).toBe(137)
  })

  it('refuses page 1 (the plain URL), padded or signed numbers and words', () => {
    for (const param of ['1', '0', '02', '-2', '+2', '2.0', '2e1', ' 2', 'two', '', '99999999999999999999']) expect(pageFromParam(param), param).toBeUndefined()
  })
})

describe('pageSuffix', () => {
  it('names a later page and its count, and adds nothing to the first', () => {
    expect(pageSuffix({ page: 2, totalPages: 5 })).toBe(', page 2 of 5')
    expect(pageSuffix({ page: 1, totalPages: 5 })).toBe('')
  })
})
