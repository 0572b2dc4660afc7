import { relative } from 'node:path'
import { isPostFileName } from '../content/source-files'

/**
 * `{% include_relative %}` reads a file beside the post: in Jekyll, any file of the `_posts` folders, a post
 * included. The content step publishes every post file in `content/posts/` and stops on other files there,
 * so the import keeps a copy of the `_posts` folders under `content/posts/_relative/` (a `_` folder, which the
 * content step leaves alone; `_posts` segments written `posts_`, so no copy is read as a post) and points each
 * include_relative at its copy: the files the tags name, or every file of the `_posts` folders when a tag
 * names its file with Liquid (`{% include_relative {{ page.x }} %}`), which only rendering could tell.
 */
export const RELATIVE_ROOT = '_relative'

/** Where a file of a `_posts` folder is copied (`cat/_posts/a.html` → `content/posts/_relative/cat/posts_/a.html`). */
export function mirrorPath(source: string, file: string): string | undefined {
  const rel = relative(source, file).split('\\').join('/')
  const segments = rel.split('/')
  if (!segments.includes('_posts') || segments.some((s) => /^[._]/.test(s) && s !== '_posts')) return undefined
  // A name the content step refuses cannot be copied there; an include of it is reported as missing.
  if (!isPostFileName(segments[segments.length - 1] ?? '')) return undefined
  return `content/posts/${RELATIVE_ROOT}/${segments.map((s) => (s === '_posts' ? 'posts_' : s)).join('/')}`
}

const TAG = /(\{%-?\s*include_relative\s+)(?!\/)/g

/** Points each include_relative of the post at `dest` (`posts/cat/_posts/x.md`) at its copy. */
export function pointAtCopies(text: string, dest: string, jekyllRel: string): string {
  const depth = dest.split('/').length - 2
  const dir = jekyllRel.split('/').slice(0, -1).map((s) => (s === '_posts' ? 'posts_' : s)).join('/')
  return text.replace(TAG, (_, open: string) => `${open}${'../'.repeat(depth)}${RELATIVE_ROOT}/${dir}/`)
}

export function usesIncludeRelative(text: string): boolean {
  return /\{%-?\s*include_relative\s/.test(text)
}

/** The files a post's include_relative tags name, relative to its folder; 'dynamic' when one is named with Liquid. */
export function includedFiles(text: string): string[] | 'dynamic' {
  const names: string[] = []
  for (const m of text.matchAll(/\{%-?\s*include_relative\s+([^\s%]+)/g)) {
    const name = m[1] ?? ''
    if (name.includes('{{')) return 'dynamic'
    names.push(name)
  }
  return names
}
