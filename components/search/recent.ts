/** Recent searches, kept on this device only. Storage may be blocked (private mode): then there are none. */
const KEY = 'pressroom-recent-searches'
const MAX = 5

export function readRecent(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX) : []
  } catch {
    return []
  }
}

export function rememberSearch(query: string): void {
  const trimmed = query.trim()
  if (trimmed === '') return
  try {
    localStorage.setItem(KEY, JSON.stringify([trimmed, ...readRecent().filter((item) => item !== trimmed)].slice(0, MAX)))
  } catch {
    // Not remembering is fine; the search itself worked.
  }
}
