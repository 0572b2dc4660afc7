import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { isFolder } from './kind'

/**
 * The one recursive file walker. Names are taken in code-unit order at every level, so a walk is the same on
 * every machine. Nothing is dropped without the caller having had a say: each symbolic link, broken link,
 * folder that leads back to one being walked, and FIFO, socket or device is handed to a hook, which may
 * throw to refuse it by name (the content readers), note it (the import), or let the default stand.
 */

export type Walked = {
  /** Relative to the walked folder, `/`-separated, through links. */
  rel: string
  /** The path to read: under the walked folder, links not resolved. */
  full: string
  /** The last segment of the path. */
  name: string
  /** The folder that holds it. */
  parent: string
}

export type WalkOptions = {
  /** Names left out before anything is looked at (file, folder or link alike). */
  skip?: (entry: Walked) => boolean
  /** Whether to enter a folder (links already followed): false leaves it and all below it out. Default: every one. */
  enter?: (folder: Walked) => boolean
  /** A symbolic link, before it is followed: false leaves it out (or throw). Default: followed. */
  link?: (entry: Walked) => boolean
  /** A link to nothing. Default: left out. */
  broken?: (entry: Walked) => void
  /** A folder that is one already being walked, reached again through a link. Default: left out (never walked twice). */
  loop?: (entry: Walked) => void
  /** A FIFO, socket or device, which reading would hang on or read a machine's device. Default: left out. */
  special?: (entry: Walked, stat: Stats) => void
}

/** The regular files under `dir` (none when it is not a folder), folder by folder in name order. */
export function* walkFiles(dir: string, options: WalkOptions = {}): Generator<Walked> {
  if (!isFolder(dir)) return
  yield* walkFolder(dir, '', options, new Set([realpathSync(dir)]))
}

/** The same, as a list sorted by `rel`. */
export function listFiles(dir: string, options: WalkOptions = {}): Walked[] {
  return [...walkFiles(dir, options)].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

function* walkFolder(dir: string, prefix: string, options: WalkOptions, seen: ReadonlySet<string>): Generator<Walked> {
  for (const name of readdirSync(dir).sort()) {
    const entry: Walked = { rel: prefix === '' ? name : `${prefix}/${name}`, full: join(dir, name), name, parent: dir }
    if (options.skip?.(entry) === true) continue
    if (lstatSync(entry.full).isSymbolicLink() && options.link?.(entry) === false) continue
    let stat: Stats
    try {
      stat = statSync(entry.full)
    } catch {
      options.broken?.(entry)
      continue
    }
    if (stat.isDirectory()) {
      if (options.enter?.(entry) === false) continue
      const real = realpathSync(entry.full)
      if (seen.has(real)) options.loop?.(entry)
      else yield* walkFolder(entry.full, entry.rel, options, new Set([...seen, real]))
    } else if (stat.isFile()) yield entry
    else options.special?.(entry, stat)
  }
}
