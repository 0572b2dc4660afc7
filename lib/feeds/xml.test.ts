import { describe, expect, it } from 'vitest'
import { attributes, element, escapeXml } from './xml'

describe('escapeXml', () => {
  it('escapes all five predefined entities', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;')
  })

  it('escapes an existing entity again, so text is never read as markup', () => {
    expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;')
  })

  it('removes control characters that XML 1.0 forbids', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFF')).toBe('abcdefg')
  })

  it('keeps tab, newline, carriage return and text outside ASCII', () => {
    expect(escapeXml('a\tb\nc\rd — café 🚀')).toBe('a\tb\nc\rd — café 🚀')
  })
})

describe('element', () => {
  it('writes escaped text and attributes', () => {
    expect(element('title', 'A < B', { type: 'a"b' })).toBe('<title type="a&quot;b">A &lt; B</title>')
  })

  it('writes nothing for undefined text, and an empty element for empty text', () => {
    expect(element('summary', undefined)).toBe('')
    expect(element('summary', '')).toBe('<summary></summary>')
  })
})

describe('attributes', () => {
  it('writes each attribute with a leading space, in order', () => {
    expect(attributes({ rel: 'self', href: 'https://a.example/?x=1&y=2' })).toBe(' rel="self" href="https://a.example/?x=1&amp;y=2"')
    expect(attributes({})).toBe('')
  })
})
