import { ContentError } from '../content/error'
import { parseKeptFeeds, type KeptFeeds } from '../feeds/kept-config'
import { parseOldUrls, type OldUrls } from '../old-urls/config'
import { isRecord, parseFeatures, type SiteFeatures } from './features'
import { parseTheme, THEME_KEYS, type ThemeSettings } from './theme'

/**
 * `content/site.json`: the settings a Jekyll import writes (data, never code), read and checked by
 * lib/site/index.ts. Every field is optional; an absent file or field keeps Pressroom's default. The same
 * shape, checked the same way, is the overlay a build may name in PRESSROOM_SITE_OVERLAY (the test builds'
 * test/site-features.json), laid over content/site.json.
 */

/** Types a site's own front-matter key may hold, inferred by the import from the posts that use it. */
export const KEY_TYPES = ['string', 'number', 'boolean', 'list', 'mapping', 'date', 'any'] as const
export type KeyType = (typeof KEY_TYPES)[number]

/** A Jekyll `defaults` entry: values given to every post whose path starts with `scope.path`. */
export type FrontMatterDefault = { scope: { path: string; type?: string }; values: Record<string, unknown> }

export type SiteJson = SiteFeatures & ThemeSettings & {
  title?: string
  description?: string
  url?: string
  /** Jekyll's `baseurl`, for the record: the deploy's BASE_PATH decides where pages are served. */
  baseurl?: string
  timezone?: string
  /** Jekyll's `collections.posts.permalink`, else its `permalink` (a style or a pattern). */
  permalink?: string
  defaults?: FrontMatterDefault[]
  excerpt_separator?: string
  /** Publish posts dated in the future (Jekyll's `future`); Jekyll's default is false. */
  future?: boolean
  paginate?: number
  paginate_path?: string
  /** Front-matter keys of the site's own, with the type posts give them; accepted by the schema. */
  frontMatterKeys?: Record<string, KeyType>
  /** Jekyll plugins the site used (`jemoji`, `jekyll-mentions`…), so the renderer can switch them on. */
  plugins?: string[]
  /** kramdown options from `_config.yml` (`parse_block_html`, `toc_levels`, `auto_ids`…). */
  kramdown?: Record<string, unknown>
  /** https origins whose iframes and scripts posts embed. */
  embedOrigins?: string[]
  /** The old site's feeds, served at their old paths with their old entry ids (lib/feeds/kept-config.ts). */
  keptFeeds?: KeptFeeds
  /** The old site's listing pages and moved addresses, recorded by the import (lib/old-urls/config.ts). */
  oldUrls?: OldUrls
  /** Any other `_config.yml` values, visible to Liquid as `site.*`. */
  extra?: Record<string, unknown>
  /** Keep every post's HTML as written (see "Post HTML is content, not code"). */
  trustedHtml?: boolean
  /** Turn the sanitiser's warnings into build errors. */
  strictHtml?: boolean
}

/** Every key this file may hold: any other is a typo or a setting Pressroom lacks, and stops the build like an unknown front-matter key. */
const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'title', 'description', 'url', 'baseurl', 'timezone', 'permalink', 'defaults', 'excerpt_separator', 'future', 'paginate', 'paginate_path',
  'frontMatterKeys', 'plugins', 'kramdown', 'embedOrigins', 'extra', 'trustedHtml', 'strictHtml',
  'navigation', 'social', 'repository', 'editBranch', 'math', 'diagrams', 'comments', 'analytics', 'keptFeeds', 'oldUrls',
  ...THEME_KEYS,
])

export const SITE_JSON = 'content/site.json'

/** `file` names the file in errors: content/site.json, or the overlay's path. */
export function parseSiteJson(text: string, file = SITE_JSON): SiteJson {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ContentError(file, '(file)', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, 'fix the JSON or re-run npm run import:jekyll')
  }
  if (!isRecord(value)) throw new ContentError(file, '(file)', 'expected an object', 'write { "title": "…" }')
  const unknown = Object.keys(value).find((key) => !KNOWN_KEYS.has(key))
  if (unknown !== undefined) throw new ContentError(file, unknown, `"${unknown}" is not a setting Pressroom knows`, `remove it or correct its spelling; values only Liquid reads go under "extra"`)
  const out: SiteJson = { ...parseFeatures(value, file), ...parseTheme(value, file) }
  for (const key of ['title', 'description', 'url', 'baseurl', 'timezone', 'permalink', 'excerpt_separator', 'paginate_path'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (typeof v !== 'string') throw new ContentError(file, key, `expected text, found ${typeof v}`, `write "${key}": "…"`)
    out[key] = v
  }
  for (const key of ['future', 'trustedHtml', 'strictHtml'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (typeof v !== 'boolean') throw new ContentError(file, key, 'expected true or false', `write "${key}": true`)
    out[key] = v
  }
  if (value.paginate !== undefined) {
    if (typeof value.paginate !== 'number' || !Number.isInteger(value.paginate) || value.paginate < 1) {
      throw new ContentError(file, 'paginate', 'expected a whole number of posts per page', 'write "paginate": 10')
    }
    out.paginate = value.paginate
  }
  for (const key of ['plugins', 'embedOrigins'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (!Array.isArray(v) || !v.every((item): item is string => typeof item === 'string')) {
      throw new ContentError(file, key, 'expected a list of text', `write "${key}": ["…"]`)
    }
    out[key] = v
  }
  if (out.embedOrigins) {
    const bad = out.embedOrigins.find((origin) => !/^https:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(origin))
    if (bad !== undefined) throw new ContentError(file, 'embedOrigins', `"${bad}" is not an https origin`, 'write origins such as "https://www.youtube.com"')
  }
  for (const key of ['kramdown', 'extra'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (!isRecord(v)) throw new ContentError(file, key, 'expected an object', `write "${key}": { … }`)
    out[key] = v
  }
  if (value.keptFeeds !== undefined) out.keptFeeds = parseKeptFeeds(value.keptFeeds, file)
  if (value.oldUrls !== undefined) out.oldUrls = parseOldUrls(value.oldUrls, file)
  if (value.frontMatterKeys !== undefined) out.frontMatterKeys = keyTypes(value.frontMatterKeys, file)
  if (value.defaults !== undefined) out.defaults = defaults(value.defaults, file)
  return out
}

function keyTypes(value: unknown, file: string): Record<string, KeyType> {
  if (!isRecord(value)) throw new ContentError(file, 'frontMatterKeys', 'expected an object of key → type', 'write "frontMatterKeys": { "version": "string" }')
  const out: Record<string, KeyType> = {}
  for (const [key, type] of Object.entries(value)) {
    const known = KEY_TYPES.find((t) => t === type)
    if (!known) throw new ContentError(file, `frontMatterKeys.${key}`, `unknown type ${JSON.stringify(type)}`, `use one of ${KEY_TYPES.join(', ')}`)
    out[key] = known
  }
  return out
}

function defaults(value: unknown, file: string): FrontMatterDefault[] {
  if (!Array.isArray(value)) throw new ContentError(file, 'defaults', 'expected a list', 'write "defaults": [{ "scope": { "path": "" }, "values": {} }]')
  return value.map((entry: unknown, i) => {
    const scope = isRecord(entry) ? entry.scope : undefined
    const values = isRecord(entry) ? entry.values : undefined
    if (!isRecord(scope) || !isRecord(values)) throw new ContentError(file, `defaults[${i}]`, 'expected { scope, values }', 'write { "scope": { "path": "" }, "values": { … } }')
    const path = scope.path ?? ''
    const type = scope.type
    if (typeof path !== 'string' || (type !== undefined && typeof type !== 'string')) {
      throw new ContentError(file, `defaults[${i}].scope`, 'path and type must be text', 'write { "path": "_posts", "type": "posts" }')
    }
    return { scope: type === undefined ? { path } : { path, type }, values }
  })
}
