// @ts-check
/**
 * The one recursive file walker. Names are taken in code-unit order at every level, so a walk is the same on
 * every machine. Nothing is dropped without the caller having had a say: each symbolic link, broken link,
 * folder that leads back to one being walked, and FIFO, socket or device is handed to a hook, which may
 * throw to refuse it by name (the content readers), note it (the import), or let the default stand.
 *
 * Plain JavaScript (typed through JSDoc) because the build's checks and the benchmarks run under plain Node,
 * which cannot import TypeScript; TypeScript callers get the same types.
 *
 * @typedef {object} Walked
 * @property {string} rel     Relative to the walked folder, `/`-separated, through links.
 * @property {string} full    The path to read: under the walked folder, links not resolved.
 * @property {string} name    The last segment of the path.
 * @property {string} parent  The folder that holds it.
 *
 * @typedef {object} WalkOptions
 * @property {(entry: Walked) => boolean} [skip]   Names left out before anything is looked at (file, folder or link alike).
 * @property {(folder: Walked) => boolean} [enter] Whether to enter a folder (links already followed): false leaves it and all below it out. Default: every one.
 * @property {(entry: Walked) => boolean} [link]   A symbolic link, before it is followed: false leaves it out (or throw). Default: followed.
 * @property {(entry: Walked) => void} [broken]    A link to nothing. Default: left out.
 * @property {(entry: Walked) => void} [loop]      A folder that is one already being walked, reached again through a link. Default: left out (never walked twice).
 * @property {(entry: Walked, stat: import('node:fs').Stats) => void} [special]  A FIFO, socket or device, which reading would hang on or read a machine's device. Default: left out.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { isFolder } from './kind.mjs'

/**
 * The regular files under `dir` (none when it is not a folder), folder by folder in name order.
 * @param {string} dir
 * @param {WalkOptions} [options]
 * @returns {Generator<Walked>}
 */
export function* walkFiles(dir, options = {}) {
  if (!isFolder(dir)) return
  yield* walkFolder(dir, '', options, new Set([realpathSync(dir)]))
}

/**
 * The same, as a list sorted by `rel`.
 * @param {string} dir
 * @param {WalkOptions} [options]
 * @returns {Walked[]}
 */
export function listFiles(dir, options = {}) {
  return [...walkFiles(dir, options)].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

/**
 * A `link` hook for a folder the build wrote (an export, a cache): a link is followed only when what it names
 * lies inside `dir`, so a check never reads, or a copy never takes, files from elsewhere on the machine.
 * @param {string} dir
 * @returns {(entry: Walked) => boolean}
 */
export function linksInside(dir) {
  const root = realpathSync(dir)
  return (entry) => {
    let target
    try {
      target = realpathSync(entry.full)
    } catch {
      return true // a broken link goes on to the `broken` hook
    }
    const rel = relative(root, target)
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep))
  }
}

/**
 * @param {string} dir
 * @param {string} prefix
 * @param {WalkOptions} options
 * @param {ReadonlySet<string>} seen
 * @returns {Generator<Walked>}
 */
function* walkFolder(dir, prefix, options, seen) {
  for (const name of readdirSync(dir).sort()) {
    /** @type {Walked} */
    const entry = { rel: prefix === '' ? name : `${prefix}/${name}`, full: join(dir, name), name, parent: dir }
    if (options.skip?.(entry) === true) continue
    if (lstatSync(entry.full).isSymbolicLink() && options.link?.(entry) === false) continue
    let stat
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
