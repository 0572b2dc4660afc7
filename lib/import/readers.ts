import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { routes } from '../urls/routes'
import type { SiteJson } from '../site/json'
import { oldComments, type OldComments } from './comments'
import { keptFeedsOf } from './feeds'
import { importPages, navigationOf, type ImportedPage } from './pages'

/**
 * What the old site's readers had besides posts: the feeds they subscribed to (kept at their paths with
 * their entry ids), its pages and collections (written to content/pages/), and the addresses that move
 * (recorded in content/site.json `oldUrls`, redirected by every build).
 */
export type Readers = {
  settings: Pick<SiteJson, 'keptFeeds' | 'oldUrls' | 'navigation'>
  files: { to: string; text: string }[]
  frontMatters: Record<string, unknown>[]
  pages: ImportedPage[]
  comments: OldComments | undefined
}

export function readersOf(source: string, publishedPosts: number): Readers {
  const configFile = join(source, '_config.yml')
  const config = existsSync(configFile) ? parseRubyYaml(readFileSync(configFile, 'utf8')).data : {}
  const settings: Readers['settings'] = {}
  const keptFeeds = keptFeedsOf(source, config)
  if (keptFeeds) settings.keptFeeds = keptFeeds
  const pages = importPages(source, config)
  const moved = pages.filter((page) => page.oldUrl !== page.url).map((page) => ({ from: page.oldUrl, to: page.url }))
  // An `authors` collection's pages: the new site has a page for each author with posts, the list for the rest.
  moved.push(...authorPages(source, config).map((from) => ({ from, to: routes.authors() })))
  const perPage = typeof config.paginate === 'number' && config.paginate > 0 ? config.paginate : undefined
  settings.oldUrls = perPage === undefined ? { moved } : { listingPages: Math.max(1, Math.ceil(publishedPosts / perPage)), moved }
  // Only the pages the old site's header listed (minima's `header_pages`): none when it says nothing.
  settings.navigation = navigationOf(config, pages)
  const written = pages.filter((page) => !page.ownPage)
  return { settings, files: written.map((page) => ({ to: page.to, text: page.text })), frontMatters: written.map((page) => page.frontMatter), pages, comments: oldComments(source, config) }
}

/** Old URLs of an `authors` collection with `output: true` (`/authors/:path/`). */
function authorPages(source: string, config: Record<string, unknown>): string[] {
  const collections = config.collections
  const authors: unknown = typeof collections === 'object' && collections !== null ? Reflect.get(collections, 'authors') : undefined
  if (typeof authors !== 'object' || authors === null || Reflect.get(authors, 'output') !== true) return []
  const permalink: unknown = Reflect.get(authors, 'permalink')
  const pattern = typeof permalink === 'string' ? permalink : '/:collection/:path:output_ext'
  return listDocs(join(source, '_authors')).map((path) => pattern.replace(':collection', 'authors').replace(':path', path).replace(':name', path).replace(':output_ext', '.html'))
}

function listDocs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).sort().filter((name) => /\.(md|markdown|html)$/.test(name) && !/^[._]/.test(name)).map((name) => name.replace(/\.[^.]+$/, ''))
}
