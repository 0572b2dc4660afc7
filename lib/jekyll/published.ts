/**
 * Jekyll's `published` as its publisher reads it: `data.fetch("published", true)`, a Ruby truth test. Only
 * `false` and `nil` (an empty `published:`) hide a post; any other value, the string "false" included,
 * publishes it. `undefined`: the key is absent, and the post is published.
 */
export function jekyllPublished(value: unknown): boolean | undefined {
  if (value === undefined) return undefined
  return value !== false && value !== null
}
