// `npm run check:urls -- <old site's sitemap.xml or built _site folder> [--out out] [--baseurl /blog]`:
// each old page URL and feed, and what the new site in out/ does with it; fails on any that would 404.
import { readFileSync, statSync } from 'node:fs'
import { checkOldUrls, oldUrlsOfSitemap, oldUrlsOfSite } from './check'
import { site } from '../site'

/**
 * Prints what the export in `out` does with each URL of the old site (`old`: its sitemap.xml or built
 * _site folder); the exit code: 1 when any would answer 404, else 0.
 */
export function checkOldSiteUrls(options: { old: string; out: string; baseurl: string | undefined }): number {
  const { old, out } = options
  const baseurl = options.baseurl ?? site.keptFeeds?.origin.baseurl ?? ''
  const urls = statSync(old).isDirectory() ? oldUrlsOfSite(old) : oldUrlsOfSitemap(readFileSync(old, 'utf8'), baseurl)
  const outcomes = checkOldUrls(urls, out)
  for (const o of outcomes) console.log(`${o.answer.padEnd(12)} ${o.url}${o.to === undefined ? '' : ` → ${o.to}`}`)
  const count = (answer: string) => outcomes.filter((o) => o.answer === answer).length
  const lost = count('lost')
  console.log(`\n${urls.length} old URLs: ${count('served')} served, ${count('redirect')} redirected (301), ${count('meta-refresh')} by meta refresh, ${lost} lost`)
  if (lost > 0) {
    console.error(`✗ ${lost} old URLs would answer 404 (listed as "lost" above)`)
    return 1
  }
  return 0
}
