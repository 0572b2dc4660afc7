// The scale bench's targets (issue: a build of 10,000 posts on a 2-core machine), and whether a run meets them.

/** The issue's targets on this machine: 1,000 posts ≤ 90 s, 10,000 ≤ 10 min and ≤ 4 GB, each stage's 10k/1k ≤ 11. */
export const TARGETS = { seconds: { 1000: 90, 10000: 600 }, peakMb: 4096, ratio: 11 }

// Each target, met (✓) or not (✗), from the runs the table shows; a size not run is said so.
/**
 * @typedef {{ count: number, totalSeconds: number, peakMb: number, stages: Record<string, { seconds: number }> }} Run
 * @param {Run[]} runs
 * @returns {string}
 */
export function targetLine(runs) {
  /** @param {boolean} ok */
  const mark = (ok) => (ok ? '✓' : '✗')
  const k1 = runs.find((r) => r.count === 1000)
  const k10 = runs.find((r) => r.count === 10000)
  const parts = Object.entries(TARGETS.seconds).map(([count, limit]) => {
    const run = runs.find((r) => r.count === Number(count))
    return run ? `${mark(run.totalSeconds <= limit)} ${count} posts ≤ ${limit} s (${run.totalSeconds.toFixed(0)} s)` : `${count} posts ≤ ${limit} s: not run`
  })
  parts.push(k10 ? `${mark(k10.peakMb <= TARGETS.peakMb)} 10,000 posts peak ≤ ${TARGETS.peakMb} MB (${k10.peakMb} MB)` : 'peak at 10,000 posts: not run')
  if (k1 && k10) {
    const over = Object.keys(k10.stages).filter((name) => {
      const small = k1.stages[name]
      const large = k10.stages[name]
      return small !== undefined && large !== undefined && large.seconds / small.seconds > TARGETS.ratio
    })
    parts.push(`${mark(over.length === 0)} every stage's 10k/1k ≤ ${TARGETS.ratio}${over.length ? ` (over: ${over.join(', ')})` : ''}`)
  } else parts.push('10k/1k ratios: needs both sizes')
  return `Targets: ${parts.join('; ')}.`
}

