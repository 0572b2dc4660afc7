import { encodeShard, type MapEntry, type Shard } from '../shared/files'
import type { SearchField } from '../shared/options'
import { shardFor } from '../shared/shards'
import { planShards } from './plan-shards'

export type ShardSettings = {
  /** Target size of one shard file before compression. */
  shardBytes: number
  /**
   * Longest id list kept for a whole word (or its stem), per field, newest posts first. Ranking counts
   * which query words a post has, so a list cut short makes an older post look like a worse match:
   * short fields keep every id, and only body text, where common words fill most posts, is bounded.
   */
  maxPostings: Record<SearchField, number>
  /**
   * Longest id list kept for a prefix that is not itself a word ("kube", "k"): it only serves a word
   * still being typed, and one-letter prefixes would otherwise list every entry.
   */
  maxPrefixPostings: number
}

/** The entries holding `term` as a whole word or stem in `field`, ascending; undefined when it is no word there, only a prefix. */
export type WholeWords = (field: SearchField, term: string) => readonly number[] | undefined

/** FlexSearch's exported term maps (any number of chunks per field), regrouped into prefix shards. */
export function packShards(maps: readonly { field: SearchField; json: string }[], settings: ShardSettings, wholeWords: WholeWords): { prefixes: string[]; contents: string }[] {
  const byField = maps.map(({ field, json }) => ({
    field,
    entries: parseExport(json, field).map(([term, ids]): MapEntry => {
      const exact = wholeWords(field, term)
      if (!exact) return [term, ids.slice(0, settings.maxPrefixPostings)]
      const kept = ids.slice(0, settings.maxPostings[field])
      const last = kept[kept.length - 1] ?? -1
      // Both ascending and exact ⊆ ids: the kept ids' whole-word matches are the exact ids up to the last kept.
      const whole = exact.filter((id) => id <= last)
      return whole.length < kept.length ? [term, kept, whole] : [term, kept]
    }),
  }))
  const sizes = new Map<string, number>()
  for (const { field, entries } of byField) {
    for (const entry of entries) sizes.set(entry[0], (sizes.get(entry[0]) ?? 0) + encodeShard({ [field]: [entry] }).length)
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
  return shards.map(({ prefixes, shard }) => ({ prefixes, contents: encodeShard(shard) }))
}

/** One chunk of FlexSearch's map export: [term, [ids of score slot 0, of slot 1, …]][]. Ids come back ascending. */
function parseExport(json: string, field: SearchField): MapEntry[] {
  const value: unknown = JSON.parse(json)
  if (!Array.isArray(value)) throw new Error(`search index: FlexSearch's ${field} map export is not a list`)
  return value.map((entry: unknown): MapEntry => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error(`search index: unexpected entry in FlexSearch's ${field} map export`)
    const ids: number[] = []
    for (const slot of entry[1]) if (Array.isArray(slot)) for (const id of slot) if (typeof id === 'number') ids.push(id)
    return [entry[0], ids.sort((a, b) => a - b)]
  })
}
