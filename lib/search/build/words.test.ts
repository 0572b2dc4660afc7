import { describe, expect, it } from 'vitest'
import { htmlToSections } from './sections'
import { MAX_WORD_LENGTH, queryTerms, words } from '../shared/options'

describe('words for the index', () => {
  it(`cuts a word to ${MAX_WORD_LENGTH} characters, on both the index and the query side`, () => {
    const long = 'x'.repeat(10_000)
    expect(words(long)).toEqual(['x'.repeat(MAX_WORD_LENGTH)])
    expect(queryTerms(long)).toEqual(['x'.repeat(MAX_WORD_LENGTH)])
    expect(words('kubernetes')).toEqual(['kubernetes'])
  })

  it('splits Japanese and Chinese text without spaces into words', () => {
    const found = words('東京都に住んでいます。中文文本没有空格')
    expect(found).toContain('東京')
    expect(found).toContain('中文')
    expect(found.every((word) => word.length <= 10)).toBe(true)
  })

  it('keeps spaced scripts as they are', () => {
    expect(words('Über straße')).toEqual(['uber', 'strasse'.replace('ss', 'ß')].map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '')))
  })

  it('grows linearly on text without spaces, and stays fast on a megabyte-long word', () => {
    const time = (chars: number) => {
      const started = performance.now()
      expect(words('東京都に住んでいます'.repeat(chars / 10)).length).toBeGreaterThan(chars / 2)
      return performance.now() - started
    }
    time(2_000)
    const small = time(20_000)
    const large = time(80_000)
    // Four times the text: linear work takes about four times as long; quadratic (unsplit runs) sixteen.
    expect(large).toBeLessThan(small * 9 + 200)
    expect(words('y'.repeat(1_000_000))).toEqual(['y'.repeat(MAX_WORD_LENGTH)])
  }, 60_000)
})

describe('search snippets', () => {
  it("hold a code block's code, never its language label or Copy button", () => {
    const html = '<p>Intro.</p><div class="code-block"><div class="code-block__bar"><span class="code-block__language">js</span><button type="button" class="copy-button" hidden>Copy</button></div><pre><code>const a = 1</code></pre></div>'
    expect(htmlToSections(html)[0]?.text).toBe('Intro. const a = 1')
  })
})
