/**
 * The build's half of prefix sharding (see shared/shards.ts): which prefixes share a file.
 */

export type SizedKey = { key: string; bytes: number }

/**
 * Groups terms into prefix groups of at most `target` bytes: a prefix over budget is split by its next
 * character (terms exactly equal to the prefix stay in a group of their own), down to `maxDepth`
 * characters, where a group may exceed the budget rather than split a word. Small neighbouring groups
 * are then packed into one file. Returns prefix → group number.
 */
export function planShards(keys: readonly SizedKey[], target: number, maxDepth = 4): { groups: number; prefixOf: Map<string, number> } {
  const leaves: { prefix: string; bytes: number }[] = []
  const split = (prefix: string, members: readonly SizedKey[]): void => {
    const bytes = members.reduce((sum, member) => sum + member.bytes, 0)
    if (bytes <= target || prefix.length >= maxDepth) {
      if (members.length > 0) leaves.push({ prefix, bytes })
      return
    }
    const exact = members.filter((member) => member.key.length === prefix.length)
    if (exact.length > 0) leaves.push({ prefix, bytes: exact.reduce((sum, member) => sum + member.bytes, 0) })
    const children = new Map<string, SizedKey[]>()
    for (const member of members) {
      if (member.key.length === prefix.length) continue
      const child = member.key.slice(0, prefix.length + 1)
      const list = children.get(child) ?? []
      list.push(member)
      children.set(child, list)
    }
    for (const child of [...children.keys()].sort()) split(child, children.get(child) ?? [])
  }
  split('', keys)
  const prefixOf = new Map<string, number>()
  let group = -1
  let filled = Infinity
  for (const leaf of leaves) {
    if (filled + leaf.bytes > target) {
      group++
      filled = 0
    }
    filled += leaf.bytes
    prefixOf.set(leaf.prefix, group)
  }
  return { groups: group + 1, prefixOf }
}
