import { existsSync, statSync } from 'node:fs'
import type { SiteJson } from '../site/json'
import { parseTheme } from '../site/theme'
import { assetSegments, assetSource, type PathNote } from './paths'

/**
 * The old site's logo (`logo:` in `_config.yml`, as many Jekyll themes read it) becomes site.json's
 * `logo`: the image is copied to public/ at the same site path, where the build looks for it. A logo
 * Pressroom cannot show (a URL elsewhere, a path out of the site, a missing file, not an image) is
 * listed in the report and left out, so the imported site still builds; `site.logo` stays for Liquid.
 */

/** `logo:` as a site path, when `_config.yml` has one; a relative `assets/logo.png` is site-relative in Jekyll themes. */
export function logoOf(config: Readonly<Record<string, unknown>>): string | undefined {
  const logo = config.logo
  if (typeof logo !== 'string' || logo.trim() === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(logo)) return undefined
  return logo.startsWith('/') ? logo.trim() : `/${logo.trim()}`
}

/** The copy that carries `site.logo` into public/; without one, `site.logo` is removed and the reason noted. */
export function carryLogo(site: SiteJson, source: string, note: (n: PathNote) => void): { from: string; to: string } | undefined {
  const logo = site.logo
  if (logo === undefined) return undefined
  const refuse = (reason: string) => {
    note({ file: `_config.yml logo: ${logo}`, reason: `${reason}: the header shows the title alone` })
    delete site.logo
    return undefined
  }
  try {
    parseTheme({ logo }, '_config.yml')
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error))
  }
  const segments = assetSegments(logo)
  if (typeof segments === 'string') return refuse(segments)
  const from = assetSource(source, segments)
  if (typeof from !== 'string') return refuse(from.reason)
  if (!existsSync(from) || !statSync(from).isFile()) return refuse('not a file in the Jekyll site')
  return { from, to: `public/${segments.join('/')}` }
}
