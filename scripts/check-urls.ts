// `npm run check:urls -- <old site's sitemap.xml or built _site folder> [--out out] [--baseurl /blog]`:
// each old page URL and feed, and what the new site in out/ does with it; fails on any that would 404.
import { readFileSync, statSync } from 'node:fs'
import { checkOldUrls, oldUrlsOfSitemap, oldUrlsOfSite } from '../lib/old-urls/check'
import { site } from '../lib/site'

const args = process.argv.slice(2)
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const old = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'))
if (!old) {
  console.error('Usage: npm run check:urls -- <old sitemap.xml | old _site folder> [--out out] [--baseurl /blog]')
  process.exit(2)
}
const out = flag('--out') ?? 'out'
const baseurl = flag('--baseurl') ?? site.keptFeeds?.origin.baseurl ?? ''
const urls = statSync(old).isDirectory() ? oldUrlsOfSite(old) : oldUrlsOfSitemap(readFileSync(old, 'utf8'), baseurl)
const outcomes = checkOldUrls(urls, out)
for (const o of outcomes) console.log(`${o.answer.padEnd(12)} ${o.url}${o.to === undefined ? '' : ` → ${o.to}`}`)
const count = (answer: string) => outcomes.filter((o) => o.answer === answer).length
const lost = count('lost')
console.log(`\n${urls.length} old URLs: ${count('served')} served, ${count('redirect')} redirected (301), ${count('meta-refresh')} by meta refresh, ${lost} lost`)
if (lost > 0) {
  console.error(`✗ ${lost} old URLs would answer 404 (listed as "lost" above)`)
  process.exit(1)
}
