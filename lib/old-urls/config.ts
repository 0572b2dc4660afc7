import { ContentError } from '../content/error'

/**
 * What the import recorded of the old site's URLs beyond its posts (`oldUrls` in content/site.json):
 * how many listing pages it had, and the addresses that moved (a page Jekyll wrote as `about.html` now at
 * `/about/`; a collection document with no page of its own now, sent to the nearest listing).
 */
export type OldUrls = {
  listingPages?: number
  moved: { from: string; to: string }[]
}

export function parseOldUrls(value: unknown, file: string): OldUrls {
  const fix = 're-run npm run import:jekyll, or write { "moved": [{ "from": "/about.html", "to": "/about/" }] }'
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ContentError(file, 'oldUrls', 'expected an object', fix)
  const pages: unknown = Reflect.get(value, 'listingPages')
  const moved: unknown = Reflect.get(value, 'moved') ?? []
  if (pages !== undefined && (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 1)) throw new ContentError(file, 'oldUrls.listingPages', 'expected a whole number from 1', fix)
  if (!Array.isArray(moved)) throw new ContentError(file, 'oldUrls.moved', 'expected a list', fix)
  const list = moved.map((entry: unknown, i) => {
    const from: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'from') : undefined
    const to: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'to') : undefined
    // An old path with `..` would let a redirect page be written outside the export.
    if (typeof from !== 'string' || !from.startsWith('/') || from.split('/').includes('..') || typeof to !== 'string' || !to.startsWith('/')) {
      throw new ContentError(file, `oldUrls.moved[${i}]`, 'expected { "from": "/old/path", "to": "/new/path/" } without ".." segments', fix)
    }
    return { from, to }
  })
  return pages === undefined ? { moved: list } : { listingPages: pages, moved: list }
}
