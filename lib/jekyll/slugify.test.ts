import { describe, expect, it } from 'vitest'
import { slugify, titleizeSlug } from './slugify'

describe('slugify', () => {
  it('default: letters and digits, lower-cased', () => {
    expect(slugify("The _config.yml file's day!")).toBe('the-config-yml-file-s-day')
  })
  it('pretty keeps URL-friendly punctuation, cased on request', () => {
    expect(slugify('Jekyll 3.8.0 (released!)', 'pretty', true)).toBe('Jekyll-3.8.0-(released!)')
    expect(slugify('Jekyll 3.8.0', 'pretty')).toBe('jekyll-3.8.0')
  })
  it('keeps letters of any script and drops hyphens at the ends', () => {
    expect(slugify('--Café résumé--')).toBe('café-résumé')
  })
  it('raw replaces only whitespace; ascii only keeps A-Z and digits', () => {
    expect(slugify('a  b.c', 'raw')).toBe('a-b.c')
    expect(slugify('Café x', 'ascii')).toBe('caf-x')
  })
})

describe('titleizeSlug', () => {
  it('capitalises each hyphen-separated word and lower-cases the rest, as Ruby capitalize does', () => {
    expect(titleizeSlug('jekyll-3.8.0-released')).toBe('Jekyll 3.8.0 Released')
    expect(titleizeSlug('iOS-tips')).toBe('Ios Tips')
  })
})
