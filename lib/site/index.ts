import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { contentDir } from '../content/dir'
import { siteConfigFrom, type SiteConfig } from './config'
import { parseSiteJson, SITE_JSON, type SiteJson } from './json'
import { followed } from './live'
import { checkThemeFiles } from './theme'

// The settings' shape and how layers combine live in lib/site/config.ts; this module reads them from disk.
export * from './config'

/** The env variable naming an overlay file (a path from the project root) laid over content/site.json. */
export const SITE_OVERLAY_VAR = 'PRESSROOM_SITE_OVERLAY'

/** content/site.json when present, then the overlay PRESSROOM_SITE_OVERLAY names, which must exist. */
function readSiteLayers(): SiteJson[] {
  const root = process.env.PRESSROOM_ROOT ?? process.cwd()
  // The content folder's site.json (content/, or PRESSROOM_CONTENT_DIR).
  const file = join(contentDir(root), 'site.json')
  const layers = existsSync(file) ? [parseSiteJson(readFileSync(file, 'utf8'))] : []
  // The logo and favicon must be in the team's public/, which the export copies as it is.
  for (const layer of layers) checkThemeFiles(layer, SITE_JSON, root)
  const overlay = process.env[SITE_OVERLAY_VAR]
  if (overlay) {
    const path = isAbsolute(overlay) ? overlay : join(root, overlay)
    if (!existsSync(path)) throw new Error(`${SITE_OVERLAY_VAR}: "${overlay}" does not exist. Fix: name a JSON file shaped like content/site.json, or unset it`)
    const layer = parseSiteJson(readFileSync(path, 'utf8'), overlay)
    checkThemeFiles(layer, overlay, root)
    layers.push(layer)
  }
  return layers
}

/** When the settings files were last written, so a dev server sees an edit without a restart. */
function settingsStamp(root = process.cwd()): string {
  const overlay = process.env[SITE_OVERLAY_VAR]
  const files = [join(contentDir(root), 'site.json'), ...(overlay ? [isAbsolute(overlay) ? overlay : join(root, overlay)] : [])]
  return files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 'none')).join(' ')
}

// A build reads the settings once; `next dev` follows edits of site.json (lib/site/live.ts).
export const site: SiteConfig = process.env.NODE_ENV === 'development' ? followed(() => siteConfigFrom(...readSiteLayers()), settingsStamp) : siteConfigFrom(...readSiteLayers())
