/** Median of the runs, so one run disturbed by other work on the machine does not set the figure. */
/** @param {Array<number | null>} values @returns {number | null} */
export function median(values) {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
/** @param {number[]} values @param {number} p @returns {number} */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN)
}
