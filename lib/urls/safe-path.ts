import { existsSync, lstatSync, realpathSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { ContentError } from '../content/error'

/**
 * The one rule for every path content names — a permalink, a `redirect_from`, an include, an
 * `include_relative`, a `_data` key, an author's id or avatar, an asset: it is read as segments and
 * refused when it could leave its root (`..`, a file-system absolute path, a backslash, a NUL), then
 * joined under that root and checked again on disk, so a symbolic link cannot lead out either. Every
 * reader and writer of such a path goes through here (docs/security-paths.md lists them).
 */

/** A path content named that cannot be used: `problem` and `fix` complete a ContentError's sentence. */
export class PathRefused extends Error {
  constructor(readonly path: string, readonly problem: string, readonly fix: string) {
    super(`${JSON.stringify(path)} ${problem}`)
    this.name = 'PathRefused'
  }
}

/** Runs a path check for `file`'s `field`, turning a refusal into the build's one-line error naming both. */
export function namedBy<T>(file: string, field: string, check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (error instanceof PathRefused) throw new ContentError(file, field, error.message, error.fix)
    throw error
  }
}

// A NUL ends a path in the kernel's eyes; a backslash is a separator on Windows; control characters can
// hide a segment in a message.
const NEVER = /[\u0000-\u001f\u007f\\]/u
// `C:`, `C:\` — a drive on Windows, whatever follows.
const DRIVE = /^[a-z]:/i

function checkSegments(path: string, segments: readonly string[], fix: string): string[] {
  const bad = NEVER.exec(path)
  if (bad) throw new PathRefused(path, `holds ${JSON.stringify(bad[0])}, which no path here may hold`, fix)
  // `%2e%2e` is `..` to whatever decodes the URL before writing it (scripts/jekyll-pages.ts does).
  if (segments.some((segment) => isDotSegment(segment) || isDotSegment(decoded(segment)))) throw new PathRefused(path, 'has a "." or ".." segment, which could lead outside its folder', fix)
  const hidden = segments.map(decoded).find((segment) => /[/\\\u0000]/u.test(segment))
  if (hidden !== undefined) throw new PathRefused(path, `has an escaped separator or NUL in ${JSON.stringify(hidden)}`, fix)
  return segments.filter((segment) => segment !== '')
}

const isDotSegment = (segment: string) => segment === '..' || segment === '.'

/** A URL segment as the file system names it; a malformed escape stays as written. */
export function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * A file path relative to a folder (an include's name, an `include_relative` file, a `_data` key, an
 * author id): a leading `/` or a drive is a path on the machine, not in the folder, and is refused.
 */
export function relativeSegments(path: string, fix = 'name a file inside the folder, without ".." or a leading "/"'): string[] {
  if (path.trim() === '') throw new PathRefused(path, 'is empty', fix)
  if (path.startsWith('/') || DRIVE.test(path)) throw new PathRefused(path, 'is an absolute path on the machine, not a file in the folder', fix)
  return checkSegments(path, path.split('/'), fix)
}

/**
 * A site-absolute URL path (`/old/`, `/images/x.png`; `old/` is read from the site's root, as
 * jekyll-redirect-from reads it): its segments below the site's root. A scheme or `//host` is another
 * site, not a path here. Query and fragment are not part of the file and are cut.
 */
export function urlSegments(url: string, fix = 'write a path from the site root, such as /2016/old-name/, without ".." segments'): string[] {
  if (url.trim() === '') throw new PathRefused(url, 'is empty', fix)
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) throw new PathRefused(url, 'is a URL of another site, not a path of this one', fix)
  const path = url.split(/[?#]/)[0] ?? ''
  return checkSegments(path, path.split('/'), fix)
}

/** `url` as the site path it stands for: `/` + its checked segments, keeping a trailing `/`. */
export function siteUrlPath(url: string, fix?: string): string {
  const segments = urlSegments(url, fix)
  const path = `/${segments.join('/')}`
  return segments.length > 0 && /\/$/.test(url.split(/[?#]/)[0] ?? '') ? `${path}/` : path
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel))
}

/** The real path of `path`, or of its deepest existing folder joined with the rest (for a file not written yet). */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path)
  const parent = dirname(path)
  if (parent === path) return path
  return join(realPathOf(parent), path.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)))
}

/**
 * The file `segments` name under `root`, to be read: also on disk — links followed — it must stay inside
 * `boundary` (the content folder; `root` itself by default), so a link to another file of the content
 * is fine and a link to `/etc/passwd` or another project's secrets is refused.
 */
export function readableInside(root: string, segments: readonly string[], boundary = root, boundaryName = 'the content folder'): string {
  const target = join(root, ...segments)
  const shown = segments.join('/')
  if (!isInside(root, target)) throw new PathRefused(shown, 'leads outside its folder', 'name a file inside the folder')
  const real = realPathOf(target)
  if (!isInside(realPathOf(boundary), real)) {
    throw new PathRefused(shown, `is a symbolic link (or inside one) to ${real}, outside ${boundaryName}`, `copy the file into ${boundaryName} instead of linking to it`)
  }
  return target
}

/**
 * The file `segments` name under `root`, to be written: no folder on the way may be a link leading out
 * of `root`, and the file itself may not be a link (writing would follow it).
 */
export function writableInside(root: string, segments: readonly string[]): string {
  const target = join(root, ...segments)
  const shown = segments.join('/')
  if (segments.length === 0 || !isInside(root, target) || target === root) throw new PathRefused(shown, 'names no file inside its folder', 'name a file inside the folder')
  if (!isInside(realPathOf(root), realPathOf(dirname(target)))) throw new PathRefused(shown, `would be written through a symbolic link to ${realPathOf(dirname(target))}`, `remove the link from ${root}`)
  let link = false
  try {
    link = lstatSync(target).isSymbolicLink()
  } catch {
    // Not there yet: nothing to follow.
  }
  if (link) throw new PathRefused(shown, 'is a symbolic link, which writing would follow', `remove the link ${target}`)
  return target
}
