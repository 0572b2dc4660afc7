import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { installedPackageDir } from '../build/installed'
import { coveredCodePoints } from './glyphs'
import { CARD_TITLE_CHARS, cardTitle, MAX_TITLE_CHARS } from './title'

// The font the share-image renderer bundles: a character it lacks made it fetch one from the network.
const hasGlyph = coveredCodePoints(readFileSync(join(installedPackageDir('next'), 'dist/compiled/@vercel/og/Geist-Regular.ttf')))

describe('the share card title (issue 22, classes 6 and 9)', () => {
  it('reads the bundled font: Latin letters and the ellipsis are there, CJK and non-characters are not', () => {
    expect([...'Aé…'].every((c) => hasGlyph(c.codePointAt(0) ?? 0))).toBe(true)
    expect(hasGlyph(0x4e2d)).toBe(false)
    expect(hasGlyph(0xfdd0)).toBe(false)
  })
  it('leaves out, and names, what the font lacks, so nothing is fetched', () => {
    expect(cardTitle('Hello\uFDD0 \uFFFE 中文 world 🚀', 'posts/x.md', hasGlyph)).toEqual({ text: 'Hello world', dropped: ['\uFDD0', '\uFFFE', '中', '文'] })
  })
  it('clips a long title on the card', () => {
    const { text } = cardTitle('word '.repeat(150), 'posts/x.md', hasGlyph)
    expect([...text]).toHaveLength(CARD_TITLE_CHARS)
    expect(text.endsWith('…')).toBe(true)
  })
  it('refuses only a title past the hard limit, by name', () => {
    expect(() => cardTitle('x'.repeat(MAX_TITLE_CHARS), 'posts/x.md', hasGlyph)).not.toThrow()
    expect(() => cardTitle('x'.repeat(1_000_000), 'posts/x.md', hasGlyph)).toThrow(`posts/x.md: field "title": 1000000 characters, more than ${MAX_TITLE_CHARS} (limit MAX_TITLE_CHARS). Fix:`)
  })
})
