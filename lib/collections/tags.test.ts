import { describe, expect, it } from 'vitest'
import { tagSlug } from './tags'

describe('tagSlug', () => {
  it('keeps C, C++ and C# apart', () => {
    const slugs = ['C', 'C++', 'C#'].map(tagSlug)
    expect(slugs).toEqual(['c', 'c-plus-plus', 'c-sharp'])
    expect(new Set(slugs).size).toBe(3)
  })

  it('folds case and surrounding space, so one tag written two ways shares a page', () => {
    expect(tagSlug(' Kubernetes ')).toBe(tagSlug('kubernetes'))
    expect(tagSlug('DevOps')).toBe('devops')
  })

  it('turns spaces and punctuation into single hyphens', () => {
    expect(tagSlug('Site Reliability  Engineering')).toBe('site-reliability-engineering')
    expect(tagSlug('node.js')).toBe('nodejs')
    expect(tagSlug('F#/.NET')).toBe('f-sharp-net')
  })

  it('keeps letters outside ASCII', () => {
    expect(tagSlug('Café')).toBe('café')
  })
})
