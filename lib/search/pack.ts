import { parseShard, type MapEntry, type Shard } from './files'
import type { SearchField } from './options'
import { planShards, shardFor } from './shards'

export type ShardSettings = {
  /** Target size of one shard file before compression. */
  shardBytes: number
  /** Longest id list kept per term and field: the best-scored ids first. Bounds common and one-letter prefixes. */
  maxPostings: Record<SearchField, number>
}

/** FlexSearch's exported term maps (any number of chunks per field), regrouped into prefix shards. */
export function packShards(maps: readonly { field: SearchField; json: string | undefined }[], settings: ShardSettings): { prefixes: string[]; shard: Shard }[] {
  const byField = maps.map(({ field, json }) => {
    const entries = json === undefined ? [] : (parseShard({ [field]: JSON.parse(json) })[field] ?? [])
    return { field, entries: entries.map(([term, slots]): MapEntry => [term, truncate(slots, settings.maxPostings[field])]) }
  })
  const sizes = new Map<string, number>()
  for (const { entries } of byField) {
    for (const entry of entries) sizes.set(entry[0], (sizes.get(entry[0]) ?? 0) + JSON.stringify(entry).length + 1)
  }
  const { groups, prefixOf } = planShards([...sizes].map(([key, bytes]) => ({ key, bytes })), settings.shardBytes)
  const shards = Array.from({ length: groups }, (): { prefixes: string[]; shard: Shard } => ({ prefixes: [], shard: {} }))
  for (const [prefix, group] of prefixOf) shards[group]?.prefixes.push(prefix)
  for (const { field, entries } of byField) {
    for (const entry of entries) {
      const group = shardFor(entry[0], prefixOf)
      const target = group === undefined ? undefined : shards[group]
      if (!target) throw new Error(`search index: term "${entry[0]}" has no shard (a bug in planShards)`)
      ;(target.shard[field] ??= []).push(entry)
    }
  }
  return shards
}

function truncate(slots: (number[] | null)[], max: number): (number[] | null)[] {
  let left = max
  const out: (number[] | null)[] = []
  for (const slot of slots) {
    if (left <= 0) break
    if (slot === null) {
      out.push(null)
      continue
    }
    out.push(slot.slice(0, left))
    left -= slot.length
  }
  return out
}
