import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { OraclePost } from './jekyll-side'

/**
 * The measure of ../shared/tools/compare-to-jekyll.js, line for line, for one post: is it served at
 * Jekyll's URL in `out`, with its title and text (at least 80% of Jekyll's first 40 words), without raw
 * Liquid or kramdown outside code, and are its redirect_from pages there. The same function judges
 * Jekyll's own `_site` (a post Jekyll itself fails is not held against Pressroom) and Pressroom's `out/`.
 */
export type PostMeasure = { served: boolean; faithful: boolean; problems: string[] }

const words = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean)
const unescape = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')

/** The file a URL is served from: `/a/` → `a/index.html`, percent-escapes decoded. */
function fileOf(out: string, url: string): string {
  let u = decodeURIComponent(url.split('#')[0] ?? '')
  if (u.endsWith('/')) u += 'index.html'
  return join(out, u)
}

function read(out: string, url: string): string | undefined {
  const f = fileOf(out, url)
  try {
    return readFileSync(existsSync(f) && statSync(f).isDirectory() ? join(f, 'index.html') : f, 'utf8')
  } catch {
    return undefined
  }
}

export function measurePost(p: OraclePost, out: string): PostMeasure {
  const h = read(out, p.url)
  if (h === undefined) return { served: false, faithful: false, problems: [`not served at ${p.url}`] }
  if (p.redirectTo !== undefined) {
    const ok = h.includes(p.redirectTo)
    return { served: true, faithful: ok, problems: ok ? [] : [`redirect_to ${p.redirectTo} missing on ${p.url}`] }
  }
  const body = h.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<head[\s\S]*?<\/head>/, '')
  const prose = body.replace(/<(pre|code)[\s\S]*?<\/\1>/g, ' ')
  const leak = /\{%-?\s*[a-z_]+|\{\{-?\s*[a-z_]+[\s.|}]|\{:\s*[.#a-z]/i.test(unescape(prose.replace(/<[^>]+>/g, ' ')))
  const have = new Set(words(unescape(body.replace(/<[^>]+>/g, ' '))))
  const title = words(unescape(p.title))
  const text = words(p.text).slice(0, 40)
  const titleOk = title.every((w) => have.has(w))
  const textOk = text.length === 0 || text.filter((w) => have.has(w)).length >= 0.8 * text.length
  const problems: string[] = []
  if (leak) problems.push('raw Liquid or kramdown in the text')
  if (!titleOk) problems.push(`title "${p.title}" not on the page`)
  if (!textOk) problems.push(`text not on the page (Jekyll: "${p.text.slice(0, 80)}")`)
  for (const from of p.redirectFrom) {
    const g = read(out, from.endsWith('/') || /\.html?$/.test(from) ? from : `${from}/`)
    if (g === undefined) problems.push(`no redirect page ${from}`)
    else if (!g.includes(p.url.replace(/index\.html$/, ''))) problems.push(`redirect ${from} does not point at ${p.url}`)
  }
  return { served: true, faithful: titleOk && textOk && !leak && problems.length === 0, problems }
}

/**
 * Posts Jekyll published at a URL another post also has, whose page Jekyll then wrote over: its `_site` page at
 * that URL shows the other post's title (the oracle's layout prints `<h1>{{ page.title }}</h1>`). The measure's
 * bag of words can pass such a post on the page of the post that won (the generator's vocabulary is small), so
 * it is not held against Pressroom either way. When no sharer's title matches the page, none is left out.
 */
export function overwrittenByJekyll(posts: readonly OraclePost[], site: string): Set<OraclePost> {
  const byUrl = new Map<string, OraclePost[]>()
  for (const p of posts) byUrl.set(p.url, [...(byUrl.get(p.url) ?? []), p])
  const lost = new Set<OraclePost>()
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim()
  for (const [url, sharers] of byUrl) {
    if (sharers.length < 2) continue
    const heading = /<h1>([\s\S]*?)<\/h1>/.exec(read(site, url) ?? '')?.[1]
    if (heading === undefined) continue
    const shown = flat(unescape(heading))
    const winners = sharers.filter((p) => flat(p.title) === shown)
    if (winners.length !== 1) continue
    for (const p of sharers) if (p !== winners[0]) lost.add(p)
  }
  return lost
}
