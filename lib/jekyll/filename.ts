/** Jekyll post file names: `YYYY-MM-DD-title.md` (or any extension in POST_FILE_EXTENSIONS). */

import { POST_FILE_EXTENSIONS } from './post-path'

/** The extensions Jekyll reads as posts, without the dot: one list, kept in post-path.ts. */
export const POST_EXTENSIONS = POST_FILE_EXTENSIONS.map((ext) => ext.slice(1))

const NAME = new RegExp(String.raw`^(?:(\d{4})-(\d{1,2})-(\d{1,2})-)?(.+?)\.(?:${POST_EXTENSIONS.join('|')})$`, 'i')

export type PostFileName = {
  /** `YYYY-MM-DD` from the prefix, zero-padded, when the name has one. */
  date: string | undefined
  /** The name without date prefix and extension: Jekyll's `:title`. */
  slug: string
}

export function parsePostFileName(fileName: string): PostFileName | undefined {
  const m = NAME.exec(fileName)
  if (!m) return undefined
  const [, y, mo, d, slug] = m
  if (!slug) return undefined
  const date = y && mo && d ? `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` : undefined
  return { date, slug }
}
