import { ContentError } from '../content/error'
import type { AnalyticsConfig, GiscusConfig } from '../features/services'

/**
 * The blog features a site switches on in data: `content/site.json`, or the test builds' overlay
 * (test/site-features.json, named by PRESSROOM_SITE_OVERLAY). Each is off unless a file names it.
 * Shapes are checked here; what each value must look like beyond its shape (https URLs, a GA4 id)
 * is checked where it is used (lib/features/services.ts, lib/site/social.ts), naming the setting.
 */

/** Footer links to the site's profiles elsewhere (full https URLs) and to its RSS feed; each optional. */
export type SocialLinks = { github?: string; mastodon?: string; linkedin?: string; x?: string; rss?: boolean }

/** A header link: a site path (the base path is added for you) and its text. */
export type NavItem = { href: string; label: string }

export type SiteFeatures = {
  navigation?: NavItem[]
  social?: SocialLinks
  repository?: string
  editBranch?: string
  math?: boolean
  diagrams?: boolean
  comments?: GiscusConfig
  analytics?: AnalyticsConfig
}

type Fields = Record<string, unknown>

export function parseFeatures(value: Fields, file: string): SiteFeatures {
  const out: SiteFeatures = {}
  const fail = (field: string, problem: string, fix: string): never => {
    throw new ContentError(file, field, problem, fix)
  }
  for (const key of ['math', 'diagrams'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (typeof v !== 'boolean') fail(key, 'expected true or false', `write "${key}": true`)
    else out[key] = v
  }
  for (const key of ['repository', 'editBranch'] as const) {
    const v = value[key]
    if (v === undefined) continue
    if (typeof v !== 'string' || v === '') fail(key, 'expected text', `write "${key}": "${key === 'repository' ? 'owner/name' : 'main'}"`)
    else out[key] = v
  }
  if (value.navigation !== undefined) out.navigation = navigation(value.navigation, fail)
  if (value.social !== undefined) out.social = social(value.social, fail)
  if (value.comments !== undefined) out.comments = comments(value.comments, fail)
  if (value.analytics !== undefined) out.analytics = analytics(value.analytics, fail)
  return out
}

type Fail = (field: string, problem: string, fix: string) => never

function navigation(value: unknown, fail: Fail): NavItem[] {
  if (!Array.isArray(value)) return fail('navigation', 'expected a list of links', 'write "navigation": [{ "href": "/about/", "label": "About" }]')
  return value.map((item: unknown, i) => {
    const fields = isRecord(item) ? item : {}
    const href = fields.href
    const label = fields.label
    if (typeof href !== 'string' || !href.startsWith('/') || typeof label !== 'string' || label === '') {
      return fail(`navigation[${i}]`, 'expected { "href": a site path starting with /, "label": its text }', 'write { "href": "/about/", "label": "About" }')
    }
    return { href, label }
  })
}

const PROFILES = ['github', 'mastodon', 'linkedin', 'x'] as const

function social(value: unknown, fail: Fail): SocialLinks {
  if (!isRecord(value)) return fail('social', 'expected an object', 'write "social": { "github": "https://github.com/acme", "rss": true }')
  const out: SocialLinks = {}
  for (const [key, v] of Object.entries(value)) {
    const profile = PROFILES.find((name) => name === key)
    if (profile) {
      if (typeof v !== 'string') fail(`social.${key}`, 'expected a profile URL', `write "${key}": "https://…"`)
      else out[profile] = v
    } else if (key === 'rss') {
      if (typeof v !== 'boolean') fail('social.rss', 'expected true or false', 'write "rss": true')
      else out.rss = v
    } else {
      fail(`social.${key}`, 'unknown link', `use one of ${[...PROFILES, 'rss'].join(', ')}`)
    }
  }
  return out
}

function comments(value: unknown, fail: Fail): GiscusConfig {
  const fix = 'copy repo, repoId, category and categoryId from giscus.app: { "provider": "giscus", "repo": "owner/name", … }'
  if (!isRecord(value)) return fail('comments', 'expected an object', fix)
  if (value.provider !== 'giscus') return fail('comments.provider', `unknown provider ${JSON.stringify(value.provider)}`, 'write "provider": "giscus"')
  const text = (key: string): string => {
    const v = value[key]
    return typeof v === 'string' && v !== '' ? v : fail(`comments.${key}`, 'expected text', fix)
  }
  const config: GiscusConfig = { provider: 'giscus', repo: text('repo'), repoId: text('repoId'), category: text('category'), categoryId: text('categoryId') }
  if (value.origin !== undefined) config.origin = text('origin')
  return config
}

function analytics(value: unknown, fail: Fail): AnalyticsConfig {
  if (!isRecord(value)) return fail('analytics', 'expected an object', 'write "analytics": { "plausible": { "domain": "blog.example.com" } }')
  const out: AnalyticsConfig = {}
  const text = (provider: string, fields: Fields, key: string, required: boolean): string | undefined => {
    const v = fields[key]
    if (v === undefined && !required) return undefined
    return typeof v === 'string' && v !== '' ? v : fail(`analytics.${provider}.${key}`, 'expected text', `write "${key}": "…" as the provider shows it`)
  }
  for (const [provider, fields] of Object.entries(value)) {
    if (!isRecord(fields)) fail(`analytics.${provider}`, 'expected an object', `write "${provider}": { … }`)
    const entry = isRecord(fields) ? fields : {}
    if (provider === 'plausible') {
      const domain = text(provider, entry, 'domain', true) ?? ''
      const src = text(provider, entry, 'src', false)
      out.plausible = src === undefined ? { domain } : { domain, src }
    } else if (provider === 'umami') {
      const websiteId = text(provider, entry, 'websiteId', true) ?? ''
      const src = text(provider, entry, 'src', false)
      out.umami = src === undefined ? { websiteId } : { websiteId, src }
    } else if (provider === 'ga4') {
      out.ga4 = { measurementId: text(provider, entry, 'measurementId', true) ?? '' }
    } else {
      fail(`analytics.${provider}`, 'unknown provider', 'use plausible, umami or ga4')
    }
  }
  return out
}

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
