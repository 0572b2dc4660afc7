import { describe, expect, it } from 'vitest'
import { targetLine } from './scale-targets.mjs'

const run = (count: number, totalSeconds: number, peakMb: number, stageSeconds: number) => ({
  count,
  totalSeconds,
  peakMb,
  stages: { content: { seconds: stageSeconds, peakMb } },
})

describe('the scale bench against its targets', () => {
  it('marks every target met when the runs are within them', () => {
    const line = targetLine([run(1000, 80, 700, 10), run(10000, 590, 3000, 100)])
    expect(line).not.toContain('✗')
    expect(line).toContain('✓ 1000 posts ≤ 90 s (80 s)')
    expect(line).toContain("✓ every stage's 10k/1k ≤ 11")
  })

  it('names what misses: the slow size, the memory, the stage that grows faster than the posts', () => {
    const line = targetLine([run(1000, 130, 700, 10), run(10000, 900, 5000, 150)])
    expect(line).toContain('✗ 1000 posts ≤ 90 s (130 s)')
    expect(line).toContain('✗ 10000 posts ≤ 600 s (900 s)')
    expect(line).toContain('✗ 10,000 posts peak ≤ 4096 MB (5000 MB)')
    expect(line).toContain('(over: content)')
  })

  it('says which sizes were not run instead of guessing', () => {
    expect(targetLine([run(1000, 80, 700, 10)])).toContain('10000 posts ≤ 600 s: not run')
  })
})
