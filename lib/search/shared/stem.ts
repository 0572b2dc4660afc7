/**
 * A light English folding of plurals and the commonest verb endings. Deliberately conservative: it
 * only ever shortens a word to a stem of at least four letters, so short ordinary words ("use", "time",
 * "new", "work") are kept whole and never confused with one another. Idempotent (stem(stem(w)) === stem(w)),
 * which lets the query side feed stems back through the index-side encoder unchanged.
 */
export function stem(word: string): string {
  // Run to a fixed point so that stem is idempotent by construction ("databases" → "database" → …).
  let current = word
  for (let next = stemOnce(current); next !== current; next = stemOnce(current)) current = next
  return current
}

function stemOnce(word: string): string {
  let w = word
  if (w.length < 5 || /\d/.test(w)) return w
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (/(?:x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  w = dropSuffix(w, 'ing')
  w = dropSuffix(w, 'ed')
  // A final silent e: "schedule", "scheduled" and "scheduling" meet at "schedul".
  if (w.length >= 5 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
  return w
}

function dropSuffix(word: string, suffix: string): string {
  if (!word.endsWith(suffix)) return word
  const base = word.slice(0, -suffix.length)
  if (base.length < 4 || !/[aeiouy]/.test(base)) return word
  // "running" → "run", "embedded" → "embed"; "install" and "pass" keep their double letter.
  if (/([bdgmnprt])\1$/.test(base)) return base.slice(0, -1)
  return base
}
