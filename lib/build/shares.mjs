// @ts-check
/**
 * Work dealt over `count` processes or threads round robin, so that each share gets a like mix of large
 * and small items; empty shares are dropped.
 * @template T
 * @param {readonly T[]} items @param {number} count
 * @returns {T[][]}
 */
export function shares(items, count) {
  /** @type {T[][]} */
  const parts = Array.from({ length: Math.max(1, count) }, () => [])
  items.forEach((item, n) => parts[n % parts.length]?.push(item))
  return parts.filter((part) => part.length > 0)
}
