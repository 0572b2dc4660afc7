import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { walkFiles } from '../files/walk.mjs'
import { exportFileOf } from '../urls/redirect-page'

/**
 * `npm run check:urls`: what the new site (an export in `out/`) does with each URL the old site served.
 * The old URLs come from its sitemap.xml or, better, its built `_site/` (which also holds feeds, pagination
 * and redirect pages a sitemap leaves out): HTML pages and feeds; stylesheets, scripts, images, data files
 * and the 404 page are not addresses readers keep.
 */
export type Outcome = { url: string; answer: 'served' | 'redirect' | 'meta-refresh' | 'lost'; to?: string }

export function oldUrlsOfSite(dir: string): string[] {
  const urls: string[] = []
  for (const { rel, full: file } of walkFiles(dir)) {
    const path = `/${rel}`
    if (path === '/404.html') continue
    if (/\.html?$/i.test(path)) urls.push(path.replace(/(^|\/)index\.html?$/i, '$1'))
    else if (/\.(xml|atom|rss)$/i.test(path) && /<(feed|rss)[\s>]/.test(readFileSync(file, 'utf8').slice(0, 2000))) urls.push(path)
  }
  return urls.sort()
}

/** `<loc>` paths of a sitemap, without the old site's origin and `baseurl`. */
export function oldUrlsOfSitemap(xml: string, baseurl: string): string[] {
  const base = baseurl.replace(/\/$/, '')
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)]
    .map((match) => new URL((match[1] ?? '').replace(/&amp;/g, '&')).pathname)
    .map((path) => decodeURI(base !== '' && path.startsWith(`${base}/`) ? path.slice(base.length) : path))
    .sort()
}

type Rule = { pattern: RegExp; to: string }

/** `_redirects` lines as Cloudflare Pages matches them: `*` is the splat, `:name` a placeholder. */
export function parseRedirects(text: string): Rule[] {
  return text.split('\n').flatMap((line): Rule[] => {
    const [from, to] = line.trim().split(/\s+/)
    if (from === undefined || to === undefined || from.startsWith('#')) return []
    const source = from.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&').replace(/\*/g, '(?<splat>.*)').replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)')
    return [{ pattern: new RegExp(`^${source}$`), to }]
  })
}

export function outcomeOf(url: string, out: string, rules: readonly Rule[]): Outcome {
  const encoded = encodeURI(url)
  for (const rule of rules) {
    const match = rule.pattern.exec(encoded) ?? rule.pattern.exec(url)
    if (match) return { url, answer: 'redirect', to: rule.to.replace(/:([A-Za-z]\w*)/g, (whole, name: string) => match.groups?.[name] ?? whole) }
  }
  // A feed or other file is served as itself; a page from its folder's index.html.
  const file = join(out, /\.(xml|atom|rss|json|txt)$/i.test(url) ? url : exportFileOf(url))
  if (!existsSync(file)) return { url, answer: 'lost' }
  const text = readFileSync(file, 'utf8')
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(text)
  return refresh ? { url, answer: 'meta-refresh', to: refresh[1] } : { url, answer: 'served' }
}

export function checkOldUrls(urls: readonly string[], out: string): Outcome[] {
  const redirects = join(out, '_redirects')
  const rules = existsSync(redirects) ? parseRedirects(readFileSync(redirects, 'utf8')) : []
  return urls.map((url) => outcomeOf(url, out, rules))
}
