/**
 * Typo tolerance: the known term closest to `term` within one edit (two for long words), with
 * swapped neighbours counting as one edit; the most frequent wins a tie.
 */
export function nearestTerm(term: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const budget = term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0
  // Vocabularies hold every prefix (forward tokenizer): among equally near terms prefer the one as
  // long as the query word, a whole word rather than a stub of one.
  let best: { word: string; cost: [number, number, number] } | undefined
  for (const [word, count] of vocabulary) {
    const gap = Math.abs(word.length - term.length)
    if (gap > budget) continue
    const distance = editDistance(term, word, budget)
    if (distance > budget || distance === 0) continue
    const cost: [number, number, number] = [distance, gap, -count]
    if (!best || lexicallyLess(cost, best.cost)) best = { word, cost }
  }
  return best?.word
}

function lexicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0)
  return false
}

/** Optimal string alignment distance, giving up (returning budget + 1) once a row exceeds the budget. */
export function editDistance(a: string, b: string, budget: number): number {
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > budget) return budget + 1
    before = previous
    previous = current
  }
  return previous[b.length] ?? budget + 1
}
