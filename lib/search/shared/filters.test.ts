import { describe, expect, it } from 'vitest'
import { hasFilters, matchesFilters, NO_FILTERS } from './filters'

describe('filters', () => {
  const post = { year: 2016, tags: ['devops'], authors: ['Dale Ragan'] }
  it('needs one chosen value of each kind', () => {
    expect(matchesFilters(post, { tags: ['devops', 'aws'], authors: [], years: [2016] })).toBe(true)
    expect(matchesFilters(post, { tags: ['aws'], authors: [], years: [] })).toBe(false)
    expect(matchesFilters(post, { tags: [], authors: [], years: [2017] })).toBe(false)
  })

  it('knows when none is chosen', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(hasFilters({ ...NO_FILTERS, years: [2016] })).toBe(true)
  })
})
