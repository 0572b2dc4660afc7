import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { join, posix } from 'node:path'
import { ContentError } from './content-error'
import { namedBy, readableInside } from './safe-path'

/**
 * The files of a content folder, as every reader of content lists them: nothing is left out without a
 * word. A symbolic link is followed when it stays inside the content folder (a post linked from another
 * folder of the blog) and refused by name when it leaves; a FIFO, socket or device (reading one would hang
 * or read a machine's device) and a folder named like a post stop the build naming them, where a plain
 * listing of regular files would drop them silently.
 */

export type ContentFile = {
  /** Relative to the listed folder, `/`-separated, as the author sees it (through links). */
  rel: string
  /** The path to read: under the listed folder, links not resolved. */
  full: string
}

export type ListOptions = {
  /** The content folder: where links may lead. */
  boundary: string
  /** How messages name the listed folder (`posts`, `_data`). */
  shownAs: string
  /** True for names a folder may not have (a post's, `x.md`): such a folder is refused by name. */
  fileOnlyName?: (name: string) => boolean
}

export function listContentFiles(dir: string, options: ListOptions): ContentFile[] {
  try {
    if (!statSync(dir).isDirectory()) return []
  } catch {
    return []
  }
  const found: ContentFile[] = []
  walk(dir, '', options, found, new Set([realpathSync(dir)]))
  return found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

function walk(dir: string, prefix: string, options: ListOptions, found: ContentFile[], seen: Set<string>): void {
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix === '' ? name : `${prefix}/${name}`
    const full = join(dir, name)
    const shown = posix.join(options.shownAs, rel)
    const link = lstatSync(full).isSymbolicLink()
    if (link) {
      // Refused by name when it leads out of the content folder (or nowhere).
      namedBy(shown, '(file)', () => readableInside(dir, [name], options.boundary))
    }
    let stat
    try {
      stat = statSync(full)
    } catch {
      throw new ContentError(shown, '(file)', 'is a symbolic link to nothing', 'remove the link, or copy the file it meant here')
    }
    if (stat.isDirectory()) {
      if (options.fileOnlyName?.(name)) throw new ContentError(shown, '(file)', 'is a folder named like a post, so it cannot be read as one', 'rename the folder, or put the post file itself here')
      const real = realpathSync(full)
      // A link back to a folder above would list the same posts forever.
      if (seen.has(real)) throw new ContentError(shown, '(file)', 'is a symbolic link to a folder already listed, a loop', 'remove the link')
      walk(full, rel, options, found, new Set([...seen, real]))
      continue
    }
    if (!stat.isFile()) throw new ContentError(shown, '(file)', `is a ${kind(stat)}, not a file, so it cannot be read`, 'remove it from the content folder')
    found.push({ rel, full })
  }
}

function kind(stat: Stats): string {
  if (stat.isFIFO()) return 'named pipe (FIFO)'
  if (stat.isSocket()) return 'socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device'
  return 'special file'
}

/**
 * A content file's text, with a warning naming it when decoding changed something: bytes that are not
 * UTF-8 become U+FFFD, and a NUL (which no post needs, and which ends strings in C) is kept but named.
 */
export function contentText(bytes: Buffer, shown: string): { text: string; warning: string | undefined } {
  const text = bytes.toString('utf8')
  let problem: string | undefined
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    problem = `holds bytes that are not UTF-8 (first on line ${lineOf(text, text.indexOf('\uFFFD'))}), shown as "\uFFFD". Fix: save the file as UTF-8`
  }
  const nul = text.indexOf('\u0000')
  if (problem === undefined && nul !== -1) problem = `holds a NUL character on line ${lineOf(text, nul)}. Fix: remove it`
  return { text, warning: problem === undefined ? undefined : `warning: ${shown}: ${problem}` }
}

const lineOf = (text: string, at: number) => text.slice(0, Math.max(0, at)).split('\n').length
