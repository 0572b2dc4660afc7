import { describe, expect, it } from 'vitest'
import { postCount, truncateText } from './text'

describe('truncateText', () => {
  it('leaves text within the limit as it is, spaces collapsed', () => {
    expect(truncateText('Short and sweet.', 160)).toBe('Short and sweet.')
    expect(truncateText('  Two\n lines\tof  text ', 160)).toBe('Two lines of text')
    expect(truncateText('exactly ten', 11)).toBe('exactly ten')
  })

  it('cuts at a word boundary and marks the cut with an ellipsis, within the limit', () => {
    const text = 'Containers changed how we ship software to production every day'
    const cut = truncateText(text, 30)
    expect(cut).toBe('Containers changed how we…')
    expect(cut.length).toBeLessThanOrEqual(30)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
    expect(text.charAt(cut.length - 1)).toBe(' ')
  })

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(truncateText('First part, second part', 15)).toBe('First part…')
    expect(truncateText('It works. Then it broke', 14)).toBe('It works…')
  })

  it('keeps a whole word that ends exactly where the cut falls', () => {
    expect(truncateText('First part, second part; third part and more words', 25)).toBe('First part, second part…')
    expect(truncateText('alpha beta gamma delta epsilon', 17)).toBe('alpha beta gamma…')
  })

  it('cuts inside a word only when a single word fills most of the limit', () => {
    const cut = truncateText('Supercalifragilisticexpialidocious is long', 20)
    expect(cut).toBe('Supercalifragilisti…')
    expect(cut).toHaveLength(20)
  })
})

describe('postCount', () => {
  it('says post for one and posts for any other number', () => {
    expect(postCount(1)).toBe('1 post')
    expect(postCount(0)).toBe('0 posts')
    expect(postCount(12)).toBe('12 posts')
  })
})
