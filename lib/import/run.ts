import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ContentError } from '../content/error'
import { readDataFile } from '../jekyll/site-data'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { exportClaims } from '../urls/export-claims'
import { missingIncludes } from '../jekyll/liquid/include-files'
import { siteConfigFrom } from '../site'
import { parseSiteJson, type SiteJson } from '../site/json'
import { assetRefs } from './assets'
import { authorYaml } from './authors'
import { knownZone, publishingOf, siteJsonFromConfig } from './config'
import { checkContent } from './content-check'
import { carryLogo } from './logo'
import { withSiteAuthor } from './site-author'
import { embedOrigins } from './embeds'
import { siteKeys } from './front-matter-keys'
import { featuresOf, unknownTags } from './liquid-tags'
import { assetSegments, assetSource, importTarget, includePathProblems, frontMatterPathProblems, walkSite, type PathNote } from './paths'
import { readersOf } from './readers'
import { readPosts } from './read-posts'
import { renamedPosts, rewriteLinks } from './renamed-links'
import { includedFiles, mirrorPath, pointAtCopies, RELATIVE_ROOT, usesIncludeRelative } from './relative-includes'
import { readAuthors } from './read-authors'
import { renderReport, type ImportReport } from './report'
import { writeSiteJson } from './write-site-json'

/**
 * `npm run import:jekyll -- <site>`: a Jekyll source folder → this project's `content/` and `public/`.
 * Posts, includes and data are copied byte for byte; settings go to `content/site.json`. A file that
 * exists with other contents is never overwritten: the import names it and stops before writing.
 */
const SKIP_DIRS = new Set(['_site', 'node_modules', 'vendor', '.git', '.jekyll-cache', '.sass-cache', '.bundle'])

/** `text`: what the import writes instead of the file's bytes (a translated post). */
type Copy = { from: string; to: string; text?: string }

export function importJekyll(source: string, root: string, log: (line: string) => void = console.log, now = new Date()): ImportReport {
  const report: ImportReport = { source, posts: [], skipped: [], unrenderable: [], missingAssets: [], assets: 0, authors: 0, conflicts: [], settings: [], unchanged: 0, written: 0 }
  // Links out of the site, FIFOs and paths with `..` are listed, once each, never followed (lib/import/paths.ts).
  const noted = new Set<string>()
  const note = (n: PathNote) => {
    if (!noted.has(n.file)) report.skipped.push(n)
    noted.add(n.file)
  }
  const walk = (dir: string) => walkSite(dir, source, SKIP_DIRS, note)
  // The files this project's export writes itself, which no imported redirect may take.
  const claims = exportClaims(root)
  const configFile = join(source, '_config.yml')
  const site: SiteJson = existsSync(configFile) ? siteJsonFromConfig(readFileSync(configFile, 'utf8')) : { permalink: 'date', timezone: 'UTC', future: false }
  log(`Reading ${source}`)
  const zone = existsSync(configFile) ? parseRubyYaml(readFileSync(configFile, 'utf8')).data.timezone : undefined
  if (typeof zone === 'string' && knownZone(zone) === undefined) report.settings.push(`timezone ${JSON.stringify(zone)} is no zone the time-zone database knows: UTC, as Ruby reads it`)

  const copies: Copy[] = []
  const logo = carryLogo(site, source, note) // `logo:` of _config.yml, into public/ (lib/import/logo.ts)
  if (logo) copies.push(logo)
  const frontMatters: Record<string, unknown>[] = (site.defaults ?? []).map((d) => d.values)
  const origins = new Set<string>()
  const assets = new Map<string, string>()
  const prepareSite = siteConfigFrom(existingSite(root), site)
  const publishing = existsSync(configFile) ? publishingOf(readFileSync(configFile, 'utf8')) : { showDrafts: false, unpublished: false }
  const read = readPosts(source, walk(source), prepareSite, now, publishing)
  report.skipped.push(...read.skipped)
  const renames = renamedPosts(read.posts)
  const relativeIncludes = read.posts.some((found) => usesIncludeRelative(found.original))
  for (const found of read.posts) {
    const { rel, post } = found
    const translated = post.text ?? found.original
    const linked = rewriteLinks(translated, renames)
    const text = relativeIncludes ? pointAtCopies(linked, post.dest, rel) : linked
    const changes = [...post.changes]
    if (linked !== translated) changes.push('post_url/link tags naming a renamed post point at its new name')
    if (text !== linked) changes.push(`include_relative tags point at the copy of the _posts folders in content/posts/${RELATIVE_ROOT}/`)
    frontMatters.push(found.data)
    for (const use of unknownTags(found.body)) report.unrenderable.push({ file: rel, line: use.line + found.bodyOffset, what: `{% ${use.tag} %}`, why: "a site plugin's tag: rendered as a notice linking any URL it names" })
    for (const use of missingIncludes(found.body, (name) => existsSync(join(source, '_includes', name)))) {
      report.unrenderable.push({ file: rel, line: use.line + found.bodyOffset, what: `{% include ${use.name} %}`, why: "not in the site's _includes (a theme's include?): rendered as a notice naming it" })
    }
    for (const use of frontMatterPathProblems(found.data, claims)) report.unrenderable.push({ file: rel, line: 1, ...use })
    for (const use of includePathProblems(found.body)) report.unrenderable.push({ file: rel, line: use.line + found.bodyOffset, what: use.what, why: use.why })
    for (const origin of embedOrigins(found.body)) origins.add(origin)
    for (const ref of assetRefs(found.body)) if (!assets.has(ref.path)) assets.set(ref.path, `${rel}:${ref.line + found.bodyOffset}`)
    report.posts.push({ file: rel, features: featuresOf(found.body), draft: found.draft || !post.served, changes, degraded: post.degraded })
    copies.push({ from: found.from, to: `content/${post.dest}`, ...(text === found.original ? {} : { text }) })
  }
  for (const file of relativeIncludes ? filesIncluded(source, read.posts, walk) : []) {
    const to = mirrorPath(source, file)
    if (to !== undefined) copies.push({ from: file, to })
  }
  log(`Found ${report.posts.length} posts (${report.skipped.length} files skipped, as Jekyll skips them)`)

  for (const folder of ['_includes', '_data']) {
    const dir = join(source, folder)
    for (const file of walk(dir)) {
      const rel = relative(dir, file).split('\\').join('/')
      // A data file the build cannot read would stop every post: it is left out and listed instead.
      const unreadable = folder === '_data' ? dataProblem(file, `${folder}/${rel}`) : undefined
      if (unreadable === undefined) copies.push({ from: file, to: `content/${folder}/${rel}` })
      else report.skipped.push({ file: `${folder}/${rel}`, reason: `not copied, so site.data lacks it: ${unreadable}` })
    }
  }
  const authors = readAuthors(source, walk, note)
  withSiteAuthor(authors, site.extra?.author) // `author:` of _config.yml (lib/import/site-author.ts)
  // Author portraits are shown on author pages, so they are assets too; one that names a path out of the
  // site is dropped from the profile and listed (the build would refuse it).
  for (const author of authors) {
    if (author.avatar === undefined || /^https?:\/\//i.test(author.avatar)) continue
    const segments = assetSegments(author.avatar)
    if (typeof segments === 'string') {
      note({ file: `avatar of author ${author.id}: ${author.avatar}`, reason: segments.replace(/: not copied$/, ': left out of the profile') })
      delete author.avatar
    } else if (author.avatar.startsWith('/') && !assets.has(author.avatar)) assets.set(author.avatar, `author ${author.id}`)
  }
  for (const [path, where] of [...assets.entries()].sort()) {
    const segments = assetSegments(path)
    const from = typeof segments === 'string' ? { file: path, reason: segments } : assetSource(source, segments)
    if (typeof from !== 'string') note({ file: `${path} (referenced at ${where})`, reason: from.reason })
    else if (existsSync(from) && typeof segments !== 'string') copies.push({ from, to: `public/${segments.join('/')}` })
    else report.missingAssets.push({ path, where })
  }
  report.assets = assets.size - report.missingAssets.length

  report.authors = authors.length
  const readers = readersOf(source, report.posts.filter((p) => !p.draft).length)
  frontMatters.push(...readers.frontMatters)
  report.comments = readers.comments
  report.pages = readers.pages.map((page) => ({ from: page.from, url: page.ownPage ? `${page.url} (the new site's own page)` : page.url }))
  const generated: { to: string; text: string }[] = [...authors.map((a) => ({ to: `content/authors/${a.id}.yml`, text: authorYaml(a) })), ...readers.files]

  // Nothing is written until every target is known to be new or identical.
  for (const copy of copies) {
    const target = importTarget(root, copy.to)
    if (!existsSync(target)) continue
    if (readFileSync(target).equals(copy.text === undefined ? readFileSync(copy.from) : Buffer.from(copy.text))) report.unchanged++
    else report.conflicts.push(copy.to)
  }
  for (const item of generated) {
    const target = importTarget(root, item.to)
    if (existsSync(target) && readFileSync(target, 'utf8') !== item.text) report.conflicts.push(item.to)
  }
  if (report.conflicts.length > 0) return report

  for (const copy of copies) {
    const target = importTarget(root, copy.to)
    if (existsSync(target)) continue
    mkdirSync(dirname(target), { recursive: true })
    if (copy.text === undefined) copyFileSync(copy.from, target)
    else writeFileSync(target, copy.text)
    report.written++
    if (report.written % 50 === 0) log(`  copied ${report.written} files…`)
  }
  for (const item of generated) {
    const target = importTarget(root, item.to)
    if (existsSync(target)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, item.text)
    report.written++
  }
  log(`Copied ${report.written} files (${report.unchanged} already in place)`)

  const written = writeSiteJson(root, { ...site, ...readers.settings }, siteKeys(frontMatters), origins)
  log(`Wrote content/site.json (${written.keys} front-matter keys of the site's own, ${written.origins} embed origins)`)
  report.check = checkContent(root, now)
  log(`Content check: ${report.check.found} posts found, ${report.check.served} will be served, ${report.check.problems.length} problems`)
  for (const problem of report.check.problems) log(`  ${problem}`)
  writeFileSync(join(root, 'content/import-report.md'), renderReport(report))
  return report
}

/** The files posts include relatively (every file of the site when one names its file with Liquid). */
function filesIncluded(source: string, posts: readonly { from: string; original: string }[], walk: (dir: string) => string[]): string[] {
  const files = new Set<string>()
  for (const post of posts) {
    const named = includedFiles(post.original)
    if (named === 'dynamic') return walk(source)
    for (const name of named) files.add(join(dirname(post.from), name))
  }
  // Regular files only: a symbolic link could lead out of the site.
  return [...files].filter((file) => existsSync(file) && lstatSync(file).isFile()).sort()
}

function dataProblem(file: string, shown: string): string | undefined {
  try {
    readDataFile(file, shown)
    return undefined
  } catch (error) {
    if (error instanceof ContentError) return error.problem
    throw error
  }
}

function existingSite(root: string): SiteJson {
  const file = join(root, 'content/site.json')
  return existsSync(file) ? parseSiteJson(readFileSync(file, 'utf8')) : {}
}
