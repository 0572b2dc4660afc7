import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ContentError } from '../content-error'
import { loadSiteData } from '../jekyll/site-data'
import { siteConfigFrom } from '../site'
import { parseSiteJson } from '../site-json'
import { checkPost } from './check'

/**
 * The content step's rules over every post and draft in `content/` (the import's and any already there), as
 * the import's last step: how many posts were found, how many the build will serve, and each problem with
 * its file, field and fix. Nothing is written.
 */
export function checkContent(root: string, now: Date): { found: number; served: number; problems: string[] } {
  const content = join(root, 'content')
  const siteFile = join(content, 'site.json')
  const site = siteConfigFrom(existsSync(siteFile) ? parseSiteJson(readFileSync(siteFile, 'utf8')) : {})
  let found = 0
  let served = 0
  const problems: string[] = []
  const byUrl = new Map<string, string>()
  for (const folder of ['posts', 'drafts']) {
    for (const file of listFiles(join(content, folder))) {
      const rel = relative(content, file).split('\\').join('/')
      // Names Jekyll skips, which the content step skips too.
      if (rel.split('/').some((s) => /^[._]/.test(s) && s !== '_posts')) continue
      found++
      const check = checkPost(rel, readFileSync(file, 'utf8'), site, now)
      if (!check.ok) problems.push(check.error.message)
      else {
        // As the post store checks (lib/posts.ts): one URL per post, whatever the letter case.
        const other = byUrl.get(check.url.toLowerCase())
        if (other !== undefined) problems.push(`${rel}: field "permalink": URL ${check.url} is already used by ${other}. Fix: give one of the posts its own permalink`)
        byUrl.set(check.url.toLowerCase(), rel)
        if (check.served) served++
      }
    }
  }
  try {
    loadSiteData(join(content, '_data'))
  } catch (error) {
    // Site data is read by every post's Liquid: a file that does not parse stops the whole build.
    if (!(error instanceof ContentError)) throw error
    problems.push(error.message)
  }
  return { found, served, problems }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
