import { isKnownKey, RESOLVED_KEY } from '../jekyll/keys'
import type { KeyType } from '../site/json'

/**
 * The site's own front-matter keys: every key its posts (or its `defaults`) use that neither Jekyll nor
 * Pressroom knows, with the type the values have (`any` when posts disagree).
 */
export function siteKeys(frontMatters: readonly Record<string, unknown>[]): Record<string, KeyType> {
  const found = new Map<string, KeyType>()
  for (const data of frontMatters) {
    for (const [key, value] of Object.entries(data)) {
      if (isKnownKey(key) || key === RESOLVED_KEY) continue
      const type = typeOf(value)
      const seen = found.get(key)
      found.set(key, seen === undefined || seen === type ? type : 'any')
    }
  }
  return Object.fromEntries([...found.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

function typeOf(value: unknown): KeyType {
  if (typeof value === 'string') return /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}.*)?$/.test(value) ? 'date' : 'string'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (Array.isArray(value)) return 'list'
  if (value !== null && typeof value === 'object') return 'mapping'
  return 'any'
}
