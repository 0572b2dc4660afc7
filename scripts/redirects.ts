// `npm run redirects`: writes vercel.json's `redirects` from the built content (old listing pages and each
// redirect_from), since Vercel reads vercel.json before the build. `_redirects` (Cloudflare Pages, Netlify) is
// written by every build itself. `npm run check:deploy` fails when vercel.json lags behind the content.
import { readFileSync, writeFileSync } from 'node:fs'
import { siteVercelRedirects } from '../lib/old-urls/site-rules'

const config: unknown = JSON.parse(readFileSync('vercel.json', 'utf8'))
if (typeof config !== 'object' || config === null) throw new Error('vercel.json is not an object')
const headers: unknown = Reflect.get(config, 'headers')
const redirects = siteVercelRedirects(Array.isArray(headers) ? headers.length : 0)
writeFileSync('vercel.json', `${JSON.stringify({ ...config, redirects }, null, 2)}\n`)
console.log(`vercel.json: ${redirects.length} redirects`)
