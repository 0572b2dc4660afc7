// `npm run check:urls -- <old site's sitemap.xml or built _site folder> [--out out] [--baseurl /blog]`:
// each old page URL and feed, and what the new site in out/ does with it (lib/old-urls/command.ts).
import { checkOldSiteUrls } from '../lib/old-urls/command'

const args = process.argv.slice(2)
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const old = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'))
if (!old) {
  console.error('Usage: npm run check:urls -- <old sitemap.xml | old _site folder> [--out out] [--baseurl /blog]')
  process.exit(2)
}
process.exitCode = checkOldSiteUrls({ old, out: flag('--out') ?? 'out', baseurl: flag('--baseurl') })
