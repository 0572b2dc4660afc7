/** Jekyll post file names: `YYYY-MM-DD-title.md` (or `.markdown`, `.mdown`, `.mkd`, `.mkdn`). */

/** The Markdown extensions Jekyll reads: the one list for file names here and Contentlayer's file pattern. */
export const POST_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'mkdn'] as const

/** The glob of post files anywhere under `dir`, for Contentlayer's `filePathPattern`. */
export function postFileGlob(dir: string): string {
  return `${dir}/**/*.{${POST_EXTENSIONS.join(',')}}`
}

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
