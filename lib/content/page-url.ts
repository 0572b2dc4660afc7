import { ContentError } from './error'
import { RESERVED_PATHS, RESERVED_PREFIXES } from '../urls/routes'
import { namedBy, urlSegments } from '../urls/safe-path'

/** Top-level paths the site's own routes use (lib/urls/routes.ts): a page there would be shadowed or shadow them. */
const RESERVED = [...RESERVED_PATHS, ...RESERVED_PREFIXES].map((path) => path.split('/')[1] ?? '').filter(Boolean)

/**
 * A page's URL: its `permalink:` if it has one, else the file's path under `pages/` as a folder
 * (`pages/about.md` → `/about/`, `pages/team/index.md` → `/team/`).
 */
export function pageUrl(sourceFilePath: string, permalink: string | undefined): string {
  const file = sourceFilePath
  const url = permalink ?? `/${file.replace(/^pages\//, '').replace(/\.(md|markdown)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/')
  const field = permalink === undefined ? 'file name' : 'permalink'
  if (!/^\/([\w.-]+\/)+$/.test(url)) {
    throw new ContentError(file, field, `"${url}" is not a page URL`, 'use letters, digits, "-" and "." in folders that start and end with "/", e.g. permalink: /about/')
  }
  // `[\w.-]+` lets `..` through: the one path rule (lib/urls/safe-path.ts) refuses it by name.
  namedBy(file, field, () => urlSegments(url, 'give the page a permalink such as /about/, without "." or ".." segments'))
  const top = url.split('/')[1] ?? ''
  if (RESERVED.includes(top)) {
    throw new ContentError(file, field, `"${url}" is under /${top}/, which the site's own pages use`, 'give the page another permalink:')
  }
  return url
}
