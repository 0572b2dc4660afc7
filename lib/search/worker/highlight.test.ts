import { describe, expect, it } from 'vitest'
import { highlight, snippet } from './highlight'
import { queryTerms } from '../shared/options'

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('')
const matched = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text)

describe('highlight', () => {
  it('marks words that start with a query term or share its stem', () => {
    const segments = highlight('Kubernetes queries run in Kubernetes.', queryTerms('kube query'))
    expect(matched(segments)).toEqual(['Kubernetes', 'queries', 'Kubernetes'])
    expect(joined(segments)).toBe('Kubernetes queries run in Kubernetes.')
  })

  it('keeps hostile text as text, for hostile queries too', () => {
    const text = '<img src=x onerror=alert(1)></script> (a+)+$ [x] \\d 🚀👩‍💻 done'
    for (const query of ['<img onerror=alert(1)>', '</script>', '(a+)+$ [x] \\d', '🚀', 'done']) {
      expect(joined(highlight(text, queryTerms(query)))).toBe(text)
    }
    expect(matched(highlight(text, queryTerms('<img onerror=alert(1)>')))).toEqual(['img', 'onerror', 'alert', '1'])
    expect(matched(highlight(text, queryTerms('zebra')))).toEqual([])
  })

  it('cuts long text to a window around the first match without splitting an emoji', () => {
    const long = `${'🚀 lorem '.repeat(700)}needle ${'ipsum 🚀 '.repeat(700)}`
    expect(long.length).toBeGreaterThan(10_000)
    const segments = snippet(long, queryTerms('needle'))
    const text = joined(segments)
    expect(text.length).toBeLessThan(220)
    expect(matched(segments)).toEqual(['needle'])
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })
})
