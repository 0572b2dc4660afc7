import { describe, expect, test } from 'vitest'
import { parseArgs, sideTable, sideTargets, type SideRun } from './side-table.mjs'

const ROWS = ['stages', 'pressroom', 'hugo', 'jekyll-theme']

const run = (rows: SideRun['rows']): SideRun => ({ count: 1000, when: '2026-12-08T01:00:00Z', load: [1, 2], rows })

describe('the side-by-side targets', () => {
  test('meets them when cold ≤ 1.5× and an edit ≤ 0.6× Jekyll with its theme, a new post ≤ 20 s', () => {
    const line = sideTargets(run({ 'jekyll-theme': { seconds: 25, peakMb: 1 }, pressroom: { totalSeconds: 37, peakMb: 1 }, edit: { totalSeconds: 15, peakMb: 1 }, new: { totalSeconds: 19, peakMb: 1 } }))
    expect(line).toBe('1000 posts: ✓ cold 1.48× Jekyll+theme (≤ 1.5×); ✓ after an edit 0.60× Jekyll+theme (≤ 0.6×); ✓ after a new post 19.0 s (≤ 20 s)')
  })
  test('misses them when slower, and says when Jekyll was not run or capped', () => {
    expect(sideTargets(run({ 'jekyll-theme': { seconds: 25, peakMb: 1 }, pressroom: { totalSeconds: 64, peakMb: 1 } }))).toContain('✗ cold 2.56×')
    expect(sideTargets(run({ 'jekyll-theme': { capped: 1200 }, pressroom: { totalSeconds: 64, peakMb: 1 } }))).toBe('1000 posts: no ratio (a row was not run)')
  })
  test('the table names a row not run, a capped one, and leaves out rows no size ran', () => {
    const table = sideTable([run({ hugo: { skipped: 'hugo not installed' }, 'jekyll-theme': { capped: 1200 } })])
    expect(table).toContain('| Hugo + Pagefind | not run: hugo not installed |')
    expect(table).toContain('stopped at the cap (1200 s)')
    expect(table).not.toContain('Jekyll 4.3, plain')
  })
})

describe('bench:build arguments', () => {
  test('sizes and rows as asked', () => {
    expect(parseArgs(['1000', '--rows', 'pressroom,hugo'], ROWS)).toEqual({ sizes: [1000], rows: ['pressroom', 'hugo'] })
    expect(parseArgs([], ROWS).sizes).toEqual([100, 1000, 10000])
    expect(parseArgs([], ROWS).rows).toContain('jekyll-theme')
  })
  test('refuses an unknown row or argument', () => {
    expect(() => parseArgs(['--rows', 'gatsby'], ROWS)).toThrow(/unknown row "gatsby"/)
    expect(() => parseArgs(['fast'], ROWS)).toThrow(/neither a size nor --rows/)
  })
})
