import { describe, expect, it } from 'vitest'
import { clipExcerptHtml } from './clip-excerpt'

describe('clipExcerptHtml', () => {
  it('leaves a short excerpt as it is', () => {
    expect(clipExcerptHtml('<p>Short <em>one</em>.</p>', 50)).toBe('<p>Short <em>one</em>.</p>')
  })

  it('cuts a long excerpt at a word with an ellipsis, keeping the markup before the cut', () => {
    const html = '<p>The <a href="/x/">first words</a> of a paragraph that goes on and on.</p><ul><li>More</li></ul>'
    expect(clipExcerptHtml(html, 30)).toBe('<p>The <a href="/x/">first words</a> of a paragraph…</p>')
  })

  it('drops whole blocks after the cut', () => {
    const html = `<p>${'word '.repeat(20)}</p><p>second</p>`
    const clipped = clipExcerptHtml(html, 40)
    expect(clipped).not.toContain('second')
    expect(clipped.replace(/<[^>]+>/g, '').length).toBeLessThanOrEqual(41)
  })
})
