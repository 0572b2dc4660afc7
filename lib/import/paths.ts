import { join } from 'node:path'
import { scanLiquidTags } from '../jekyll/liquid/scan'
import { claimOf, type Claim } from '../urls/export-claims'
import { listFiles, type Walked } from '../files/walk.mjs'
import { PathRefused, readableInside, relativeSegments, siteUrlPath, urlSegments, writableInside } from '../urls/safe-path'

/**
 * The import's side of the one path rule (lib/urls/safe-path.ts): it reads only inside the Jekyll site
 * (following a link only when it stays there) and writes only inside the project's content/ and public/.
 * Where real Jekyll accepts what the rule refuses — a link to a file elsewhere on the machine, an author
 * key with `/` or `..`, an avatar path above the site — the import downgrades it here and lists it, so the
 * imported blog still builds.
 */

/** One thing the import read differently from the source, or left out, and why. */
export type PathNote = { file: string; reason: string }

/**
 * Every file under `dir` (inside the site `site`), sorted, skipping `skipDirs` by name. A link that
 * stays inside the site is followed; a link out, a broken link, a loop and a FIFO or device are noted
 * (the import report lists them), never read and never dropped silently.
 */
export function walkSite(dir: string, site: string, skipDirs: ReadonlySet<string>, note: (n: PathNote) => void): string[] {
  const file = (entry: Walked) => entry.full.slice(site.length + 1).split('\\').join('/')
  return listFiles(dir, {
    skip: (entry) => skipDirs.has(entry.name),
    link: (entry) => {
      try {
        readableInside(entry.parent, [entry.name], site, 'the Jekyll site')
        return true
      } catch (error) {
        note({ file: file(entry), reason: `a symbolic link ${error instanceof PathRefused ? 'out of the Jekyll site' : 'to nothing'}: not imported (copy the file into the site to import it)` })
        return false
      }
    },
    broken: (entry) => note({ file: file(entry), reason: 'a symbolic link to nothing: not imported (copy the file into the site to import it)' }),
    loop: (entry) => note({ file: file(entry), reason: 'a symbolic link to a folder above it (a loop): not followed' }),
    special: (entry) => note({ file: file(entry), reason: 'not a regular file (a FIFO, socket or device): not read' }),
  })
    .map((entry) => entry.full)
    .sort()
}

/**
 * An author's file name from a `_data/authors.yml` key: Jekyll reads any key, a file name here may hold
 * only letters, digits, `-` and `_` (a key such as `../../x` would otherwise be written outside content/).
 */
export function authorId(key: string): string {
  return key.normalize('NFKC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'author'
}

/** An asset or avatar path as site-absolute segments, or why it is not imported. */
export function assetSegments(path: string): string[] | string {
  try {
    return urlSegments(path)
  } catch (error) {
    if (error instanceof PathRefused) return `${error.problem}: not copied`
    throw error
  }
}

/** Where an import target (`content/…`, `public/…`) is written: only inside those two folders of `root`. */
export function importTarget(root: string, to: string): string {
  const [top, ...rest] = to.split('/')
  if (top !== 'content' && top !== 'public') throw new Error(`import: ${to} is outside content/ and public/`)
  return writableInside(join(root, top), rest)
}

/** Where an asset is read in the site: inside it, through links that stay inside it. */
export function assetSource(site: string, segments: readonly string[]): string | PathNote {
  try {
    return readableInside(site, segments, site, 'the Jekyll site')
  } catch (error) {
    if (error instanceof PathRefused) return { file: segments.join('/'), reason: `${error.problem}: not copied` }
    throw error
  }
}

/**
 * `{% include %}` and `{% include_relative %}` names the build refuses (lib/urls/safe-path.ts): Jekyll joins a
 * leading `/` onto its folder, the build asks for the name without it. Posts are copied byte for byte,
 * so each is listed with its line and the fix, rather than rewritten.
 */
export function includePathProblems(body: string): { line: number; what: string; why: string }[] {
  return scanLiquidTags(body)
    .filter((use) => use.name === 'include' || use.name === 'include_relative' || use.name === 'include_cached')
    .flatMap((use) => {
      const name = /^\s*(\S+)/.exec(use.args)?.[1] ?? ''
      if (name === '' || name.includes('{{')) return []
      try {
        relativeSegments(name)
        return []
      } catch (error) {
        if (!(error instanceof PathRefused)) throw error
        return [{ line: use.line, what: `{% ${use.name} ${name} %}`, why: `the build refuses it: ${error.problem}. Fix: ${name.startsWith('/') ? `write ${name.replace(/^\/+/, '')}` : error.fix}` }]
      }
    })
}

/**
 * `redirect_from`, `redirect_to` and fixed `permalink` values the build will refuse: a path with `..`
 * (Jekyll keeps it inside `_site`), a URL that is a file Pressroom writes itself (`/feed.xml`,
 * `/_headers`), a permalink at a root file name (`/favicon.ico`). Listed, since the post is copied byte
 * for byte; the fix is to drop or change that value.
 */
export function frontMatterPathProblems(data: Readonly<Record<string, unknown>>, claims: readonly Claim[]): { what: string; why: string }[] {
  const permalink = data.permalink
  const fixed = typeof permalink === 'string' && !permalink.includes(':') && permalink !== '' ? permalinkProblem(permalink, claims) : undefined
  return [...(fixed === undefined ? [] : [{ what: `permalink: ${String(permalink)}`, why: `the build refuses it: ${fixed}. Fix: change the permalink` }]), ...(['redirect_from', 'redirect_to'] as const).flatMap((field) => {
    const raw = data[field]
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && !/^https?:\/\//i.test(v))
    return values.flatMap((value) => {
      let url: string
      try {
        url = siteUrlPath(value)
      } catch (error) {
        if (!(error instanceof PathRefused)) throw error
        return [{ what: `${field}: ${value}`, why: `the build refuses it: ${error.problem}. Fix: remove it from ${field}` }]
      }
      const owner = field === 'redirect_from' ? claimOf(url, claims) : undefined
      return owner === undefined ? [] : [{ what: `${field}: ${value}`, why: `the build refuses it: the site writes that file itself (${owner}). Fix: remove it from ${field}` }]
    })
  })]
}

function permalinkProblem(permalink: string, claims: readonly Claim[]): string | undefined {
  let url: string
  try {
    url = siteUrlPath(permalink)
  } catch (error) {
    if (error instanceof PathRefused) return error.problem
    throw error
  }
  const owner = claimOf(url, claims)
  if (owner !== undefined) return `the site writes that file itself (${owner})`
  return /^\/[^/]+\.[a-z0-9]+$/i.test(url) && !/\.html?$/i.test(url) ? 'a file name at the site root, which the export can only write as a folder' : undefined
}
