import { routes } from '../urls/routes'
import { encodeUrlPath } from '../urls/url'
import type { RedirectRule } from './rules'

/**
 * Each host's own redirect format, within its documented limits. Cloudflare Pages and Netlify both read
 * `_redirects` from the published folder; Cloudflare allows 2,000 static and 100 dynamic rules, statics
 * first. Vercel reads `redirects` from vercel.json, which holds at most 2,048 routes with its headers.
 * Rules a host cannot hold are left to the meta-refresh page written at the old URL (scripts/jekyll-pages.ts).
 */
export const CLOUDFLARE_STATIC_LIMIT = 2000
export const CLOUDFLARE_DYNAMIC_LIMIT = 100
export const VERCEL_ROUTE_LIMIT = 2048

export type HostRedirects<T> = { rules: T; omitted: RedirectRule[] }

const location = (path: string) => (/^[a-z]+:\/\//i.test(path) ? path : encodeUrlPath(path))

/** `_redirects`: one `from to 301` a line; the listing pages collapse into one placeholder rule past the limit. */
export function redirectsFile(rules: readonly RedirectRule[]): HostRedirects<string> {
  const paged = rules.filter((rule) => rule.shape !== undefined)
  const collapse = rules.length > CLOUDFLARE_STATIC_LIMIT && paged.length > 1
  const statics = collapse ? rules.filter((rule) => rule.shape === undefined) : [...rules]
  const dynamic = new Set<string>()
  if (collapse) for (const { shape } of paged) if (shape) dynamic.add(`${shape.prefix}:num${shape.suffix} ${routes.listingPattern(':num')} 301`)
  const kept = statics.slice(0, CLOUDFLARE_STATIC_LIMIT)
  const lines = [
    '# Written by the build (scripts/jekyll-pages.ts) from the old site\'s URLs: Cloudflare Pages and Netlify read it.',
    ...kept.map((rule) => `${location(rule.from)} ${location(rule.to)} 301`),
    ...[...dynamic].slice(0, CLOUDFLARE_DYNAMIC_LIMIT),
  ]
  return { rules: `${lines.join('\n')}\n`, omitted: statics.slice(CLOUDFLARE_STATIC_LIMIT) }
}

export type VercelRedirect = { source: string; destination: string; permanent: true }

/** vercel.json `redirects`: listing pages as one pattern, the rest one by one, with room left for `headerRoutes`. */
export function vercelRedirects(rules: readonly RedirectRule[], headerRoutes: number): HostRedirects<VercelRedirect[]> {
  const out: VercelRedirect[] = []
  const patterns = new Set<string>()
  for (const rule of rules) {
    if (rule.shape) {
      const source = `${escapePattern(rule.shape.prefix)}:num(\\d+)${escapePattern(rule.shape.suffix)}`
      if (!patterns.has(source)) out.push({ source, destination: routes.listingPattern(':num'), permanent: true })
      patterns.add(source)
    } else {
      out.push({ source: escapePattern(encodeUrlPath(rule.from)), destination: location(rule.to), permanent: true })
    }
  }
  const room = VERCEL_ROUTE_LIMIT - headerRoutes
  const omitted = rules.filter((rule) => !rule.shape).slice(Math.max(0, room - patterns.size))
  return { rules: out.slice(0, room), omitted }
}

/** Characters path-to-regexp reads as syntax (`:`, `(`, `*`, `+`, `?`…) escaped, so a path matches only itself. */
function escapePattern(path: string): string {
  return path.replace(/[:()*+?{}\\[\]!]/g, (char) => `\\${char}`)
}
