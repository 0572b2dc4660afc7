import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { splitFrontMatter } from '../jekyll/front-matter'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { titleizeSlug } from '../jekyll/slugify'
import { RESERVED_PATHS, RESERVED_PREFIXES } from '../urls/routes'

/**
 * A Jekyll site's pages (top-level Markdown and HTML files with front matter: About, Talks, Archive) and the
 * documents of its collections with `output: true`, as `content/pages/` files at the URLs Jekyll gave them.
 * The theme's layout is not carried (`layout:` is dropped): the new site's page layout shows them.
 * Pages Jekyll wrote as `x.html` move to the folder URL `/x/`; the old address becomes a redirect.
 */
export type ImportedPage = {
  from: string
  to: string
  text: string
  /** The new URL (a folder) and the one the old site served (maybe `x.html`). */
  url: string
  oldUrl: string
  title: string
  frontMatter: Record<string, unknown>
  /** The new site has its own page at this URL (its archive, its tags): nothing is written. */
  ownPage: boolean
}

const RESERVED_TOP = new Set([...RESERVED_PATHS, ...RESERVED_PREFIXES].map((path) => path.split('/')[1] ?? '').filter(Boolean))

const PAGE_EXT = /\.(md|markdown|html)$/
// The old site's own listing (the paginated home) and error page: the new site has its own.
const SKIP = /^(index|404)\.(md|markdown|html)$/

export function importPages(source: string, config: Record<string, unknown>): ImportedPage[] {
  const style = typeof config.permalink === 'string' ? config.permalink : 'date'
  const pages: ImportedPage[] = []
  for (const name of existsSync(source) ? readdirSync(source).sort() : []) {
    if (!PAGE_EXT.test(name) || /^[._]/.test(name) || SKIP.test(name)) continue
    const base = name.replace(PAGE_EXT, '')
    // Jekyll's page permalink: `/:basename/` under `pretty` (or a pattern ending in a slash), else `/:basename.html`.
    const pretty = style === 'pretty' || style.endsWith('/')
    const page = readPage(join(source, name), name, pretty ? `/${base}/` : `/${base}.html`, `pages/${base}.md`)
    if (page) pages.push(page)
  }
  for (const [collection, settings] of Object.entries(record(config.collections))) {
    const meta = record(settings)
    // Posts are posts; an `authors` collection becomes author profiles (lib/import/authors.ts).
    if (collection === 'posts' || collection === 'authors' || meta.output !== true) continue
    const dir = join(source, `_${collection}`)
    const permalink = typeof meta.permalink === 'string' ? meta.permalink : '/:collection/:path:output_ext'
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      if (!PAGE_EXT.test(name) || /^[._]/.test(name)) continue
      const path = name.replace(PAGE_EXT, '')
      const url = permalink.replace(':collection', collection).replace(':path', path).replace(':name', path).replace(':title', path).replace(':output_ext', '.html')
      const page = readPage(join(dir, name), `_${collection}/${name}`, url, `pages/${collection}/${path}.md`)
      if (page) pages.push(page)
    }
  }
  return pages
}

function readPage(file: string, from: string, defaultUrl: string, to: string): ImportedPage | undefined {
  const split = splitFrontMatter(readFileSync(file, 'utf8'))
  // A file without front matter is copied by Jekyll as it is: a static file, not a page.
  if (!split) return undefined
  const data = parseRubyYaml(split.yaml).data
  // A page of the old theme's listing (`paginator`) is the new site's home listing.
  if (/\bpaginator\./.test(split.body)) return undefined
  const oldUrl = typeof data.permalink === 'string' && data.permalink.startsWith('/') ? data.permalink : defaultUrl
  const url = `${oldUrl.replace(/(\/index)?\.html?$/, '').replace(/\/+$/, '')}/`
  // Where the new site has a page of its own (/archive/, /tags/…), that page answers the old URL.
  const top = url.split('/')[1] ?? ''
  if (RESERVED_TOP.has(top)) return { from, to: '', text: '', url, oldUrl, title: '', frontMatter: {}, ownPage: true }
  const title = typeof data.title === 'string' ? data.title : titleizeSlug(to.split('/').pop()?.replace(/\.md$/, '') ?? '')
  const frontMatter: Record<string, unknown> = { ...data, title, permalink: url }
  delete frontMatter.layout
  const text = `---\n${stringify(frontMatter).trimEnd()}\n---\n${split.body}`
  return { from, to: `content/${to}`, text, url, oldUrl, title, frontMatter, ownPage: false }
}

/** `header_pages` (minima's list of the pages in its header): the new site's navigation, in that order. */
export function navigationOf(config: Record<string, unknown>, pages: readonly ImportedPage[]): { href: string; label: string }[] {
  const listed = Array.isArray(config.header_pages) ? config.header_pages.filter((p): p is string => typeof p === 'string') : []
  return listed.flatMap((file) => pages.filter((page) => page.from === file && !page.ownPage).map((page) => ({ href: page.url, label: page.title })))
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
}
