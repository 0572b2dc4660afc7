/**
 * The index is split by term prefix so that a query downloads only the shards its terms live in.
 * A directory maps prefixes to shard files; a term lives in the shard of its longest listed prefix.
 * Build and browser share `shardFor`, so a term is always looked up where it was written.
 */

export type Directory = ReadonlyMap<string, number>

/** The shard number holding `term`, or undefined when no indexed term shares a listed prefix with it. */
export function shardFor(term: string, directory: Directory): number | undefined {
  for (let length = term.length; length >= 0; length--) {
    const shard = directory.get(term.slice(0, length))
    if (shard !== undefined) return shard
  }
  return undefined
}

/** The manifest lists, for each shard file, its prefixes. */
export function toDirectory(shards: readonly (readonly string[])[]): Directory {
  return new Map(shards.flatMap((prefixes, shard) => prefixes.map((prefix): [string, number] => [prefix, shard])))
}
