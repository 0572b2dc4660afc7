import type { FrontMatterDefault } from '../site/json'

/**
 * Jekyll's front-matter `defaults`: every entry whose scope matches the post (its path starts with
 * `scope.path`, its type is `posts` or unset) gives its values; a more specific scope wins over a broader
 * one, a typed scope over an untyped one of the same path, a later entry over an earlier equal one.
 */
export function defaultsFor(jekyllPath: string, defaults: readonly FrontMatterDefault[]): Record<string, unknown> {
  const matching = defaults
    .map((entry, order) => ({ entry, order, depth: pathDepth(entry.scope.path) }))
    .filter(({ entry }) => appliesTo(entry, jekyllPath))
    .sort((a, b) => a.depth - b.depth || Number(a.entry.scope.type !== undefined) - Number(b.entry.scope.type !== undefined) || a.order - b.order)
  let values: Record<string, unknown> = {}
  for (const { entry } of matching) values = deepMerge(values, entry.values)
  return values
}

function appliesTo(entry: FrontMatterDefault, jekyllPath: string): boolean {
  const type = entry.scope.type
  if (type !== undefined && type !== 'posts') return false
  const scope = entry.scope.path.replace(/^\.?\/+|\/+$/g, '')
  if (scope === '') return true
  if (scope.includes('*')) return globToRegExp(scope).test(jekyllPath)
  return jekyllPath === scope || jekyllPath.startsWith(`${scope}/`)
}

function pathDepth(path: string): number {
  return path.split('/').filter(Boolean).length
}

function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')
  return new RegExp(`^${source}(?:/|$)`)
}

/** Jekyll's `Utils.deep_merge_hashes`: mappings merge key by key, anything else is replaced. */
export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const current = out[key]
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value
  }
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
