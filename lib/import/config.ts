import { parseRubyYaml } from '../jekyll/ruby-yaml'
import type { FrontMatterDefault, SiteJson } from '../site/json'
import { logoOf } from './logo'

/**
 * `_config.yml` → `content/site.json`. Jekyll's own defaults apply where the config is silent: permalink
 * `date`, `future: false`, the machine's zone (written as UTC, where Jekyll sites are usually built).
 */
const TAKEN = new Set([
  'title', 'description', 'url', 'baseurl', 'timezone', 'permalink', 'defaults', 'excerpt_separator', 'future',
  'paginate', 'paginate_path', 'plugins', 'gems', 'kramdown', 'collections',
])
// Build settings with no meaning for Pressroom's pages, kept out of `site.*`.
const BUILD_ONLY = new Set(['exclude', 'include', 'keep_files', 'source', 'destination', 'theme', 'remote_theme', 'sass', 'plugins_dir', 'layouts_dir', 'markdown', 'highlighter', 'incremental', 'safe', 'strict_front_matter', 'liquid', 'webrick', 'encoding'])

export function siteJsonFromConfig(yamlText: string): SiteJson {
  const { data } = parseRubyYaml(yamlText)
  const text = (key: string) => (typeof data[key] === 'string' ? data[key] : typeof data[key] === 'number' ? String(data[key]) : undefined)
  const collections = record(data.collections)
  const posts = record(collections?.posts)
  const permalink = typeof posts?.permalink === 'string' ? posts.permalink : text('permalink') ?? 'date'
  const plugins = list(data.plugins) ?? list(data.gems) ?? []
  const out: SiteJson = {
    permalink,
    timezone: knownZone(text('timezone')) ?? 'UTC',
    future: data.future === true,
    plugins,
  }
  for (const key of ['title', 'description', 'url', 'baseurl', 'excerpt_separator', 'paginate_path'] as const) {
    const value = text(key)
    if (value !== undefined) out[key] = key === 'description' ? value.trim() : value
  }
  // Also kept in `extra` below, for posts whose Liquid reads `site.logo`; lib/import/logo.ts copies the image.
  const logo = logoOf(data)
  if (logo !== undefined) out.logo = logo
  if (typeof data.paginate === 'number' && Number.isInteger(data.paginate) && data.paginate > 0) out.paginate = data.paginate
  const kramdown = record(data.kramdown)
  if (kramdown) out.kramdown = kramdown
  const defaults = defaultsOf(data.defaults)
  if (defaults.length > 0) out.defaults = defaults
  const extra = Object.fromEntries(Object.entries(data).filter(([key]) => !TAKEN.has(key) && !BUILD_ONLY.has(key)))
  if (Object.keys(extra).length > 0) out.extra = extra
  return out
}

function defaultsOf(value: unknown): FrontMatterDefault[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry: unknown): FrontMatterDefault[] => {
    const e = record(entry)
    const scope = record(e?.scope) ?? {}
    const values = record(e?.values)
    if (!values) return []
    const path = typeof scope.path === 'string' ? scope.path : ''
    const type = typeof scope.type === 'string' ? scope.type : undefined
    // Only scopes that can reach posts matter here.
    if (type !== undefined && type !== 'posts') return []
    return [{ scope: type === undefined ? { path } : { path, type }, values }]
  })
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : undefined
}

function list(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
}

/**
 * How Jekyll publishes, from `_config.yml`: `show_drafts: true` publishes `_drafts/` (each dated by its file
 * time), `unpublished: true` publishes posts marked `published: false`. Pressroom has no such site settings,
 * so the import carries them into the posts themselves.
 */
export type Publishing = { showDrafts: boolean; unpublished: boolean }

export function publishingOf(yamlText: string): Publishing {
  const { data } = parseRubyYaml(yamlText)
  return { showDrafts: data.show_drafts === true, unpublished: data.unpublished === true }
}

/**
 * The zone when the time-zone database knows it. Jekyll sets `TZ` to the value, and the C library reads a name it
 * does not know as UTC: so does the import (and says so, lib/import/run.ts), where the build would stop.
 */
export function knownZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return undefined
  }
}
