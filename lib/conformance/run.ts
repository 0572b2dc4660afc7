// `npm run test:conformance` (scripts/conformance.ts): every fixture site in test/conformance/ built by real Jekyll and by
// Pressroom (import → the content step), compared per post: URL, title, rendered text.
// Cases listed in test/conformance/pending.json may fail; the run fails when any other case fails, and
// when a pending case passes (so the list only shrinks). Needs `jekyll` on PATH (apt-get install -y jekyll).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { comparePosts, htmlText, type PostVerdict, type PublishedPost } from './compare'
import { runContentStep } from '../build/content-step'
import { importJekyll } from '../import/run'

const ROOT = process.cwd()
const CASES = join(ROOT, 'test/conformance')
const LINKED = ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json', 'node_modules']
const ORACLE_PAGE = `---
layout: null
permalink: /oracle.json
---
[{% for p in site.posts %}{"path": {{ p.path | jsonify }}, "url": {{ p.url | jsonify }}, "title": {{ p.title | jsonify }}, "text": {{ p.content | strip_html | normalize_whitespace | jsonify }}}{% unless forloop.last %},{% endunless %}{% endfor %}]
`

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** A field of parsed JSON, unknown until checked. */
function field(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value
}

function published(value: unknown, what: string): PublishedPost[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list of posts`)
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw new Error(`${what}: a post is not an object`)
    const [path, url, title, text] = ['path', 'url', 'title', 'text'].map((key) => field(item, key))
    if (typeof path !== 'string' || typeof url !== 'string') throw new Error(`${what}: a post lacks path or url`)
    return { path, url, title: typeof title === 'string' ? title : '', text: typeof text === 'string' ? text : '' }
  })
}

async function jekyllSide(name: string, work: string): Promise<PublishedPost[]> {
  const site = join(work, 'jekyll')
  cpSync(join(CASES, name), site, { recursive: true })
  writeFileSync(join(site, 'oracle.json'), ORACLE_PAGE)
  // An include the site lacks (a theme's) is stubbed empty until Jekyll builds, as the corpus oracle does.
  let result = await run('jekyll', ['build', '--quiet', '-s', site, '-d', join(site, '_site')], { cwd: site, env: { ...process.env, JEKYLL_ENV: 'production' } })
  for (let tries = 0; result.code !== 0 && tries < 10; tries++) {
    const missing = /Could not locate the included file '([^']+)'/.exec(result.output)?.[1]
    if (missing === undefined || missing.includes('..')) break
    mkdirSync(join(site, '_includes', missing, '..'), { recursive: true })
    writeFileSync(join(site, '_includes', missing), '')
    result = await run('jekyll', ['build', '--quiet', '-s', site, '-d', join(site, '_site')], { cwd: site, env: { ...process.env, JEKYLL_ENV: 'production' } })
  }
  if (result.code !== 0) throw new Error(`${name}: Jekyll failed:\n${result.output}`)
  return published(JSON.parse(readFileSync(join(site, '_site/oracle.json'), 'utf8')), `${name} (Jekyll)`)
}

async function pressroomSide(name: string, work: string): Promise<PublishedPost[]> {
  const root = join(work, 'pressroom')
  mkdirSync(join(root, 'content'), { recursive: true })
  for (const link of LINKED) symlinkSync(join(ROOT, link), join(root, link))
  const report = importJekyll(join(CASES, name), root, () => undefined)
  if (report.conflicts.length > 0) throw new Error(`${name}: import conflicts ${report.conflicts.join(', ')}`)
  const result = await runContentStep(root, { output: 'pipe', env: { FORCE_COLOR: '0' } })
  if (result.code !== 0) throw new Error(`${name}: the content step failed:\n${result.output}`)
  const index = join(root, '.contentlayer/generated/Post/_index.json')
  const docs: unknown = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : []
  if (!Array.isArray(docs)) throw new Error(`${name}: Contentlayer wrote no post list`)
  return docs.flatMap((doc: unknown): PublishedPost[] => {
    if (typeof doc !== 'object' || doc === null) return []
    const [sourcePath, exported, title, body, isDraft, jekyllUrl] = ['sourcePath', 'url', 'title', 'body', 'isDraft', 'jekyllUrl'].map((key) => field(doc, key))
    // A post exported away from Jekyll's URL is copied there (scripts/jekyll-pages.ts): that is where readers find it.
    const url = typeof jekyllUrl === 'string' && jekyllUrl !== '' ? encodeURI(jekyllUrl) : exported
    if (isDraft === true || typeof sourcePath !== 'string' || typeof url !== 'string') return []
    const html = typeof body === 'object' && body !== null && 'html' in body && typeof body.html === 'string' ? body.html : ''
    return [{ path: jekyllPathOf(sourcePath), url, title: typeof title === 'string' ? title : '', text: htmlText(html) }]
  })
}

/** `posts/a/b.md` → `_posts/a/b.md`; `posts/cat/_posts/b.md` → `cat/_posts/b.md`. */
function jekyllPathOf(sourcePath: string): string {
  const inside = sourcePath.replace(/^posts\//, '')
  return inside.includes('_posts/') ? inside : `_posts/${inside}`
}

async function runCase(name: string): Promise<{ name: string; verdicts: PostVerdict[]; error?: string; ms: number }> {
  const started = Date.now()
  const work = mkdtempSync(join(tmpdir(), `conformance-${name}-`))
  try {
    const [theirs, ours] = await Promise.all([jekyllSide(name, work), pressroomSide(name, work)])
    return { name, verdicts: comparePosts(theirs, ours), ms: Date.now() - started }
  } catch (error) {
    return { name, verdicts: [], error: error instanceof Error ? error.message : String(error), ms: Date.now() - started }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Runs the cases named (all when none), prints each verdict; the exit code: 1 when a case surprised. */
export async function runConformance(only: readonly string[]): Promise<number> {
  const pendingFile: unknown = JSON.parse(readFileSync(join(CASES, 'pending.json'), 'utf8'))
  const pending = new Set(typeof pendingFile === 'object' && pendingFile !== null && 'pending' in pendingFile && Array.isArray(pendingFile.pending) ? pendingFile.pending.filter((p): p is string => typeof p === 'string') : [])
  const names = readdirSync(CASES, { withFileTypes: true }).filter((e) => e.isDirectory() && (only.length === 0 || only.includes(e.name))).map((e) => e.name).sort()

  const started = Date.now()
  const results: Awaited<ReturnType<typeof runCase>>[] = []
  // Two cases at a time: each is a Jekyll and a Node process, and the machine is shared.
  const queue = [...names]
  await Promise.all([0, 1].map(async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) results.push(await runCase(name))
  }))
  results.sort((a, b) => a.name.localeCompare(b.name))

  let unexpected = 0
  for (const r of results) {
    const ok = !r.error && r.verdicts.length > 0 && r.verdicts.every((v) => v.ok)
    const isPending = pending.has(r.name)
    const mark = ok ? (isPending ? '✓ (listed as pending: remove it from pending.json)' : '✓') : isPending ? '… pending' : '✗'
    if (ok === isPending) unexpected++
    console.log(`${mark} ${r.name} (${r.verdicts.length} posts, ${(r.ms / 1000).toFixed(1)} s)`)
    if (r.error) console.log(`    ${r.error.split('\n').slice(0, 8).join('\n    ')}`)
    for (const v of r.verdicts) if (!v.ok) console.log(`    ${v.path}: ${v.problems.join('; ')}`)
  }
  const passed = results.filter((r) => !r.error && r.verdicts.length > 0 && r.verdicts.every((v) => v.ok)).length
  console.log(`\nConformance: ${passed}/${results.length} cases match Jekyll (${pending.size} pending), ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return unexpected > 0 ? 1 : 0
}
