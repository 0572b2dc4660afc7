import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseSiteJson, type SiteJson } from '../site/json'

/**
 * Merges what the import read into `content/site.json`: the old site's settings over what the file held,
 * front-matter keys and embed origins added to the ones already there.
 */
export function writeSiteJson(root: string, settings: SiteJson, frontMatterKeys: NonNullable<SiteJson['frontMatterKeys']>, origins: ReadonlySet<string>): { keys: number; origins: number } {
  const siteFile = join(root, 'content/site.json')
  const before = existsSync(siteFile) ? parseSiteJson(readFileSync(siteFile, 'utf8')) : {}
  const keys = { ...before.frontMatterKeys, ...frontMatterKeys }
  const merged: SiteJson = {
    ...before,
    ...settings,
    frontMatterKeys: Object.fromEntries(Object.entries(keys).sort(([a], [b]) => a.localeCompare(b))),
    embedOrigins: [...new Set([...(before.embedOrigins ?? []), ...origins])].sort(),
  }
  // Keys in one order whatever the file held before, so a second run writes the same bytes.
  const ordered = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)))
  mkdirSync(dirname(siteFile), { recursive: true })
  writeFileSync(siteFile, `${JSON.stringify(ordered, null, 2)}\n`)
  return { keys: Object.keys(keys).length, origins: merged.embedOrigins?.length ?? 0 }
}
