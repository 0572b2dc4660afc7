import { posix } from 'node:path'
import { ContentError } from './error'
import { specialKind } from '../files/kind.mjs'
import { listFiles, type Walked } from '../files/walk.mjs'
import { namedBy, readableInside } from '../urls/safe-path'

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
  const shown = (entry: Walked) => posix.join(options.shownAs, entry.rel)
  return listFiles(dir, {
    // Refused by name when it leads out of the content folder (or nowhere).
    link: (entry) => {
      namedBy(shown(entry), '(file)', () => readableInside(entry.parent, [entry.name], options.boundary))
      return true
    },
    broken: (entry) => {
      throw new ContentError(shown(entry), '(file)', 'is a symbolic link to nothing', 'remove the link, or copy the file it meant here')
    },
    enter: (folder) => {
      if (options.fileOnlyName?.(folder.name)) throw new ContentError(shown(folder), '(file)', 'is a folder named like a post, so it cannot be read as one', 'rename the folder, or put the post file itself here')
      return true
    },
    // A link back to a folder above would list the same posts forever.
    loop: (entry) => {
      throw new ContentError(shown(entry), '(file)', 'is a symbolic link to a folder already listed, a loop', 'remove the link')
    },
    special: (entry, stat) => {
      throw new ContentError(shown(entry), '(file)', `is a ${specialKind(stat)}, not a file, so it cannot be read`, 'remove it from the content folder')
    },
  }).map(({ rel, full }) => ({ rel, full }))
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
