import { describe, expect, it } from 'vitest'
import { diff, diffTexts } from './word-diff'

describe('diffTexts', () => {
  it('marks the words that changed inside a paragraph and collapses the paragraphs that did not', () => {
    const before = 'Intro stays.\n\nWe ran three nodes in Boston.\n\nOutro stays.\n\nThe end.'
    const after = 'Intro stays.\n\nWe ran five nodes in Boston today.\n\nOutro stays.\n\nThe end.'
    expect(diffTexts(before, after)).toEqual([
      { kind: 'same', count: 1 },
      {
        kind: 'changed',
        parts: [
          { op: 'same', text: 'We ran' },
          { op: 'del', text: 'three' },
          { op: 'ins', text: 'five' },
          { op: 'same', text: 'nodes in' },
          { op: 'del', text: 'Boston.' },
          { op: 'ins', text: 'Boston today.' },
        ],
      },
      { kind: 'same', count: 2 },
    ])
  })

  it('shows an added paragraph as inserted words and a removed one as deleted words', () => {
    expect(diffTexts('Kept.\n\nGone now.', 'Kept.\n\nBrand new.\n\nGone now.')).toEqual([
      { kind: 'same', count: 1 },
      { kind: 'changed', parts: [{ op: 'ins', text: 'Brand new.' }] },
      { kind: 'same', count: 1 },
    ])
    expect(diffTexts('Kept.\n\nGone now.', 'Kept.')).toEqual([{ kind: 'same', count: 1 }, { kind: 'changed', parts: [{ op: 'del', text: 'Gone now.' }] }])
  })

  it('says nothing changed for equal texts', () => {
    expect(diffTexts('A.\n\nB.', 'A.\n\nB.')).toEqual([{ kind: 'same', count: 2 }])
  })
})

describe('diff', () => {
  it('keeps the longest common subsequence', () => {
    const ops = diff(['a', 'b', 'c', 'd'], ['a', 'c', 'e', 'd'])
    expect(ops.map(({ op, item }) => `${op}:${item}`)).toEqual(['same:a', 'del:b', 'same:c', 'ins:e', 'same:d'])
  })
})
