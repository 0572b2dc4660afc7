import { describe, expect, it } from 'vitest'
import { encodeForIndex, normalize, queryTerms } from './options'
import { stem } from './stem'

describe('search encoder', () => {
  it('folds case and accents', () => {
    expect(normalize('Café ÉCOLE Ñandú')).toBe('cafe ecole nandu')
    expect(queryTerms('RÉSUMÉ')).toEqual(queryTerms('resume'))
  })

  it('keeps ordinary words that stopword presets drop', () => {
    for (const word of ['work', 'new', 'use', 'time', 'first', 'need', 'help', 'great']) {
      expect(queryTerms(word)).toEqual([word])
    }
  })

  it('drops only function words', () => {
    expect(queryTerms('the cost of the network')).toEqual(['cost', 'network'])
    expect(queryTerms('the of and')).toEqual([])
  })

  it('folds plurals and common endings to one stem', () => {
    expect(stem('networks')).toBe(stem('network'))
    expect(stem('queries')).toBe('query')
    expect(stem('boxes')).toBe('box')
    expect(stem('building')).toBe('build')
    expect(stem('scheduled')).toBe(stem('schedule'))
    expect(stem('running')).toBe('run')
    expect(stem('times')).toBe('time')
    expect(stem('status')).toBe('status')
    expect(stem('class')).toBe('class')
    expect(stem('string')).toBe('string')
  })

  it('is idempotent, so query stems pass through the index encoder unchanged', () => {
    const sample = 'databases queries kubernetes containers scheduling embedded shared processes studies agreed services yelp’s dumb-init'
    for (const term of queryTerms(sample)) {
      expect(stem(term)).toBe(term)
      expect(encodeForIndex(term)).toEqual([term])
    }
  })

  it('indexes whole words beside their stems so half-typed words still match', () => {
    expect(encodeForIndex('Queries')).toEqual(['queries', 'query'])
    expect(encodeForIndex("Yelp's dumb-init")).toEqual(['yelps', 'dumb', 'init'])
  })
})
