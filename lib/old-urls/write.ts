import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { exportTarget, redirectHtml } from '../urls/redirect-page'
import { redirectsFile } from './hosts'
import type { RedirectRule } from './rules'

/**
 * After the export: `_redirects` (real 301s on Cloudflare Pages and Netlify) and, at every old URL the
 * export does not serve, a meta-refresh page with a canonical link (GitHub Pages, and any rule a host's
 * limit left out). On Netlify a file at the old URL would be served instead of its rule (rules there do
 * not shadow files), so its build leaves the page out.
 */
export function writeOldUrlFiles(out: string, rules: readonly RedirectRule[], options: { basePath: string; siteUrl: string; host: string }): { pages: number; rules: number; clashes: string[] } {
  const file = redirectsFile(rules)
  writeFileSync(join(out, '_redirects'), file.rules)
  const omitted = new Set(file.omitted.map((rule) => rule.from))
  const clashes: string[] = []
  let pages = 0
  for (const rule of rules) {
    if (rule.source === 'redirect_from') continue
    const target = exportTarget(out, rule.from)
    if (existsSync(target)) {
      clashes.push(`${rule.from} is a page of its own, so its redirect to ${rule.to} was not written`)
      continue
    }
    if (options.host === 'netlify' && !omitted.has(rule.from)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, redirectHtml(rule.to, options))
    pages++
  }
  return { pages, rules: rules.length - file.omitted.length, clashes }
}
