import { CLOUDFLARE_DYNAMIC_LIMIT, CLOUDFLARE_STATIC_LIMIT, VERCEL_ROUTE_LIMIT } from './hosts'

/**
 * Redirect files checked against each host's documented format, offline (`npm run check:deploy`):
 * Cloudflare Pages' `_redirects` rules (https://developers.cloudflare.com/pages/configuration/redirects/)
 * and vercel.json's `redirects` (https://vercel.com/docs/project-configuration#redirects). Netlify's own
 * parser (@netlify/config) reads the same `_redirects` in scripts/check-deploy.mjs.
 */
const CODES = new Set(['301', '302', '303', '307', '308'])

export function redirectsFileProblems(text: string): string[] {
  const problems: string[] = []
  let statics = 0
  let dynamics = 0
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const where = `_redirects line ${i + 1}`
    const [from = '', to = '', code, ...rest] = line.split(/\s+/)
    if (rest.length > 0 || to === '') problems.push(`${where}: expected "source destination [code]"`)
    if (line.length > 1000) problems.push(`${where}: longer than 1,000 characters`)
    if (!from.startsWith('/')) problems.push(`${where}: the source "${from}" is not a path`)
    if (!to.startsWith('/') && !/^https?:\/\//.test(to)) problems.push(`${where}: the destination "${to}" is neither a path nor an http(s) URL`)
    if (code !== undefined && !CODES.has(code)) problems.push(`${where}: status ${code} is not one of ${[...CODES].join(', ')}`)
    if (/[*]|:[A-Za-z]/.test(from)) dynamics++
    else if (dynamics > 0) problems.push(`${where}: a static rule after a dynamic one (Cloudflare Pages counts it as dynamic)`)
    else statics++
  })
  if (statics > CLOUDFLARE_STATIC_LIMIT) problems.push(`_redirects: ${statics} static rules, over Cloudflare Pages' ${CLOUDFLARE_STATIC_LIMIT}`)
  if (dynamics > CLOUDFLARE_DYNAMIC_LIMIT) problems.push(`_redirects: ${dynamics} dynamic rules, over Cloudflare Pages' ${CLOUDFLARE_DYNAMIC_LIMIT}`)
  return problems
}

export function vercelProblems(config: unknown): string[] {
  if (typeof config !== 'object' || config === null) return ['vercel.json: not an object']
  const redirects: unknown = Reflect.get(config, 'redirects') ?? []
  const headers: unknown = Reflect.get(config, 'headers') ?? []
  if (!Array.isArray(redirects)) return ['vercel.json: redirects is not a list']
  const problems: string[] = []
  const routes = redirects.length + (Array.isArray(headers) ? headers.length : 0)
  if (routes > VERCEL_ROUTE_LIMIT) problems.push(`vercel.json: ${routes} routes, over Vercel's ${VERCEL_ROUTE_LIMIT}`)
  redirects.forEach((entry: unknown, i) => {
    const where = `vercel.json redirects[${i}]`
    const source: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'source') : undefined
    const destination: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'destination') : undefined
    const permanent: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'permanent') : undefined
    if (typeof source !== 'string' || !source.startsWith('/') || /\s/.test(source)) problems.push(`${where}: source must be a path without spaces`)
    else if (!balanced(source)) problems.push(`${where}: source "${source}" has unbalanced parentheses`)
    if (typeof destination !== 'string' || destination === '' || /\s/.test(destination)) problems.push(`${where}: destination must be a path or URL without spaces`)
    if (typeof permanent !== 'boolean') problems.push(`${where}: permanent must be true or false`)
  })
  return problems
}

/** path-to-regexp groups (`:num(\\d+)`) open and close; an escaped `\(` is a character. */
function balanced(source: string): boolean {
  let depth = 0
  for (const match of source.matchAll(/\\.|[()]/g)) {
    if (match[0] === '(') depth++
    else if (match[0] === ')' && --depth < 0) return false
  }
  return depth === 0
}
