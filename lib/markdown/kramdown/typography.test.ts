import { describe, expect, it } from 'vitest'
import { renderMarkdown, markdownify } from '../pipeline'
import { escapedIndexes, smartypants } from './typography'

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

describe("kramdown's backslash escapes", () => {
  it('keep an escaped character literal: \\-\\- is two hyphens, as kramdown renders it', async () => {
    const html = await renderMarkdown('---\ntitle: A post\n---\n\nRun `ls` with \\-\\-all, not -- or \\.\\.\\. and "\\"quoted\\"".\n', { variables: {}, siteUrl: 'https://blog.example.com' })
    expect(html).toContain('with --all, not – or ... and “"quoted"”.')
    expect(await markdownify('a \\-\\-\\- b --- c')).toContain('a --- b — c')
  })

  it('are found in the source of a text node', () => {
    expect([...escapedIndexes('a \\-\\- b', 'a -- b')]).toEqual([2, 3])
    expect([...escapedIndexes('x &amp; \\-', 'x & -')]).toEqual([])
  })
})
