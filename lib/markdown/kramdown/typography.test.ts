import { describe, expect, it } from 'vitest'
import { smartypants } from './typography'

describe('smartypants (kramdown typography)', () => {
  it('makes dashes, ellipses and guillemets', () => {
    expect(smartypants('a -- b --- c... <<d>>')).toBe('a – b — c… «d»')
  })

  it('curls double and single quotes by what precedes them', () => {
    expect(smartypants('"Hello," she said, \'hi\'.')).toBe('“Hello,” she said, ‘hi’.')
    expect(smartypants("it's Jekyll's, rock 'n' roll")).toBe('it’s Jekyll’s, rock ‘n’ roll')
    expect(smartypants("the '80s")).toBe('the ’80s')
    expect(smartypants('("quoted")')).toBe('(“quoted”)')
  })

  it('uses the character before the text for a quote at its start', () => {
    expect(smartypants('" after', 'x')).toBe('” after')
    expect(smartypants('"word"', ' ')).toBe('“word”')
  })

  it('leaves text without such marks alone', () => {
    expect(smartypants('a - b, c. d < e > f')).toBe('a - b, c. d < e > f')
  })
})
