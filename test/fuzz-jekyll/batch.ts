import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildWithJekyll, writeFiles, type OraclePost } from './jekyll-side'
import { measurePost, overwrittenByJekyll } from './measure'
import { buildContent, buildRest, importSite, prepareRefusals, publishedPosts, resetProject, type PressroomPost, type Project } from './pressroom-side'
import { renderConfig, renderSite, type BatchConfig, type GenSite, type SiteFile } from './site'

/**
 * Many generated sites in one Jekyll build and one Pressroom import + build, each site under its own
 * token (`fz<i>`), then every post compared by the shared measure. A site whose files stop Jekyll is
 * left out (Jekyll refuses it: nothing to compare); one whose files stop the import or the build is a
 * disagreement, taken out so the rest of the batch still builds.
 */
export type Kind = 'import fails' | 'build fails at content' | 'build fails' | 'not published by Pressroom' | 'at another URL' | 'published by Pressroom only' | 'not faithful'
export type Disagreement = { site: number; kind: Kind; post?: string; detail: string }
/** `compared`: posts Jekyll published (and its own output passes the measure) that were measured on Pressroom's side. */
export type BatchResult = { sites: number; posts: number; compared: number; jekyllRefused: number[]; jekyllUnfaithful: number; disagreements: Disagreement[] }

const tokenOf = (text: string) => /fz(\d+)(?:p(\d+))?/.exec(text)
const sitesNamed = (output: string) => new Set([...output.matchAll(/fz(\d+)/g)].map((m) => Number(m[1])))

function sourceFiles(sites: ReadonlyMap<number, GenSite>): { files: SiteFile[]; defaults: string[] } {
  const files: SiteFile[] = []
  const defaults: string[] = []
  for (const [i, s] of sites) {
    const r = renderSite(s, `fz${i}`)
    files.push(...r.files)
    defaults.push(...r.defaults)
  }
  return { files, defaults }
}

/** Writes the batch's pure Jekyll source (what a user would import) to `dir`. */
function writeSource(dir: string, config: BatchConfig, sites: ReadonlyMap<number, GenSite>): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const { files, defaults } = sourceFiles(sites)
  writeFiles(dir, [{ path: '_config.yml', text: renderConfig(config, defaults) }, ...files])
}

/**
 * The sites a failed step blames, each with its line: a content error names its file before `field`
 * (`posts/…-fz3p0-x.md: field "date": …`, `_data/fz7d1.yml: field …`); other files it lists are only
 * the documents that read it. Without such a line, the first site the output names.
 */
export function culprits(output: string): Map<number, string> {
  const blamed = new Map<number, string>()
  const lines = output.split('\n')
  // A line that ends in a colon is a heading: the reason is on the lines under it (Contentlayer's field lists).
  const withReason = (i: number, from: string) => [from, ...(from.endsWith(':') ? lines.slice(i + 1, i + 3).map((l) => l.trim()) : [])].join(' ').slice(0, 400)
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/[^\s"]*fz(\d+)[^\s"]*(?::\s*field\b|" of type)/g)) {
      const site = Number(m[1])
      if (!blamed.has(site)) blamed.set(site, withReason(i, line.slice(line.indexOf(m[0])).trim()))
    }
  })
  if (blamed.size > 0) return blamed
  const at = lines.findIndex((l) => /fz\d+/.test(l))
  const first = /fz(\d+)/.exec(lines[at] ?? '')
  if (first) blamed.set(Number(first[1]), withReason(at, (lines[at] ?? '').trim()))
  return blamed
}

export function runBatch(config: BatchConfig, generated: readonly GenSite[], work: string, project: Project, contentOnly = false): BatchResult {
  const sites = new Map(generated.map((s, i) => [i, s]))
  const result: BatchResult = { sites: sites.size, posts: generated.reduce((n, s) => n + s.posts.length, 0), compared: 0, jekyllRefused: [], jekyllUnfaithful: 0, disagreements: [] }

  let oracle: OraclePost[] = []
  let jekyllSite = ''
  let unreadable: string[] = []
  for (;;) {
    writeSource(join(work, 'jekyll'), config, sites)
    const built = buildWithJekyll(join(work, 'jekyll'), renderConfig(config, sourceFiles(sites).defaults))
    if (built.ok) {
      oracle = built.posts
      jekyllSite = built.site
      unreadable = built.unreadable
      break
    }
    const named = [...sitesNamed(built.output)].filter((i) => sites.has(i))
    if (named.length === 0) throw new Error(`Jekyll failed on no site of its own:\n${built.output.slice(-3000)}`)
    for (const i of named.slice(0, 1)) {
      sites.delete(i)
      result.jekyllRefused.push(i)
    }
  }

  for (;;) {
    writeSource(join(work, 'source'), config, sites)
    resetProject(project)
    const imported = importSite(project, join(work, 'source'))
    const refusals = imported.ok ? prepareRefusals(project) : []
    const content = !imported.ok ? imported : refusals.length > 0 ? { ok: false, output: refusals.join('\n') } : buildContent(project)
    if (content.ok && contentOnly) return result
    const step = content.ok ? buildRest(project) : content
    if (step.ok) break
    const blamed = [...culprits(step.output)].filter(([i]) => sites.has(i))
    if (blamed.length === 0) throw new Error(`Pressroom failed on no site of its own:\n${step.output.slice(-3000)}`)
    for (const [site, line] of blamed) {
      sites.delete(site)
      result.disagreements.push({ site, kind: !imported.ok ? 'import fails' : !content.ok ? 'build fails at content' : 'build fails', detail: line })
    }
  }

  const ours = new Map<string, PressroomPost>()
  for (const p of publishedPosts(project)) {
    const m = tokenOf(p.sourcePath)
    if (m) ours.set(`${m[1]}p${m[2]}`, p)
  }
  const theirs = new Set<string>()
  const out = join(project.dir, 'out')
  const overwritten = overwrittenByJekyll(oracle, jekyllSite)
  for (const p of oracle) {
    const m = tokenOf(p.path)
    if (!m || !sites.has(Number(m[1]))) continue
    const key = `${m[1]}p${m[2]}`
    theirs.add(key)
    // A file Jekyll could not read (e.g. `categories: 2020`, an Integer) is published bare, dated the day of
    // the build: its own error, not a page anyone kept.
    // Nor is a post whose page Jekyll wrote over with another post's at the same URL.
    if (unreadable.some((file) => file.endsWith(`/${p.path}`)) || overwritten.has(p) || !measurePost(p, jekyllSite).faithful) {
      result.jekyllUnfaithful++
      continue
    }
    const site = Number(m[1])
    const measured = measurePost(p, out)
    result.compared++
    const mine = ours.get(key)
    if (!mine) result.disagreements.push({ site, kind: 'not published by Pressroom', post: p.path, detail: `Jekyll publishes it at ${p.url}` })
    else if (!measured.served) result.disagreements.push({ site, kind: 'at another URL', post: p.path, detail: `Jekyll ${p.url}, Pressroom ${mine.url}` })
    else if (!measured.faithful) result.disagreements.push({ site, kind: 'not faithful', post: p.path, detail: measured.problems.join('; ') })
  }
  for (const [key, mine] of ours) {
    const site = Number(key.split('p')[0])
    if (!theirs.has(key) && sites.has(site)) result.disagreements.push({ site, kind: 'published by Pressroom only', post: mine.sourcePath, detail: `Pressroom publishes it at ${mine.url}` })
  }
  return result
}
