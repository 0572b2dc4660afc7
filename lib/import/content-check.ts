import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ContentError } from '../content/error'
import { listContentFiles, type ContentFile } from '../content/files'
import { isIgnored } from '../content/prepare-dir'
import { loadSiteData } from '../jekyll/site-data'
import { siteConfigFrom } from '../site'
import { parseSiteJson } from '../site/json'
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
    for (const file of listed(content, folder, problems)) {
      const rel = `${folder}/${file.rel}`
      if (isIgnored(rel)) continue
      found++
      const check = checkPost(rel, readFileSync(file.full, 'utf8'), site, now)
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

/** A folder's files as the content step lists them: a link out or a FIFO is a problem named, not a file skipped. */
function listed(content: string, folder: string, problems: string[]): ContentFile[] {
  try {
    return listContentFiles(join(content, folder), { boundary: content, shownAs: folder })
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    problems.push(error.message)
    return []
  }
}
