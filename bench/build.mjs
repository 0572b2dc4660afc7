#!/usr/bin/env node
// `npm run bench:build [-- 100 1000 10000] [--rows stages,pressroom,edit,new,jekyll,jekyll-theme,hugo]`: the production
// build at scale, every size and row unless some are named.
// `stages`: for each size it copies the project into a scratch folder (node_modules hard-linked, so Turbopack sees a
// real folder), replaces content/posts with that many generated posts (bench/markdown-posts.mjs, deterministic by
// seed), runs every step of `npm run build` and the link check under GNU time, and records each stage's wall time
// and peak memory (the largest resident set of any process in the stage), the size of out/ and the largest page of
// each kind. The other rows build the seed posts side by side (bench/lib/side-by-side.mjs): Pressroom cold, warm
// after an edit and after a new post, Jekyll plain, Jekyll with a theme, plugins and Pagefind, Hugo with Pagefind.
// Results: bench/.scale/{results,side-by-side}.json (every run) and the tables in bench/RESULTS.md between markers.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { BUILD_STEPS } from '../lib/build/steps.mjs'
import { linksInside, walkFiles } from '../lib/files/walk.mjs'
import { targetLine } from './lib/scale-targets.mjs'
import { copyProject, runStages, TIME, writeBlock } from './lib/scale-site.mjs'
import { benchSideBySide, writeSideBySide } from './lib/side-by-side.mjs'
import { parseArgs, SIDE_ROWS, sideTable } from './lib/side-table.mjs'
import { writeMarkdownPosts } from './markdown-posts.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SCRATCH = process.env.BENCH_SCALE_DIR ?? '/tmp/pressroom-scale'
const RESULTS_JSON = join(ROOT, 'bench', '.scale', 'results.json')
const SIDE_JSON = join(ROOT, 'bench', '.scale', 'side-by-side.json')
const RESULTS_MD = join(ROOT, 'bench', 'RESULTS.md')

/** Stages of the run: the build's own steps, then the link check a deploy runs on the export. */
const STAGES = [...BUILD_STEPS, { name: 'link-check', title: 'Link check', command: 'node scripts/check-links.mjs --dir out' }]
/** Rows: `stages` is the per-stage table of bench:build's own generator; the rest are side by side on seed posts. */
const ROWS = ['stages', ...SIDE_ROWS.map(({ row }) => row)]

function filesUnder(dir) {
  return [...walkFiles(dir, { link: linksInside(dir) })].map((file) => file.full)
}

/** Which kind of page an exported HTML file is, from its path in out/. */
export function pageKind(path) {
  const parts = path.split(sep)
  if (path === 'index.html' || parts[0] === 'page') return 'home'
  if (parts[0] === 'tags') return parts.length > 2 ? 'tag' : 'tags'
  if (parts[0] === 'authors') return parts.length > 2 ? 'author' : 'authors'
  if (parts[0] === 'archive') return 'archive'
  if (parts[0] === 'search') return 'search'
  if (parts[0] === '404.html' || parts[0] === '404') return 'not found'
  return 'post'
}

function measureOut(out) {
  const files = filesUnder(out)
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  const largest = {}
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = relative(out, file)
    const kind = pageKind(path)
    const html = readFileSync(file)
    const gzip = gzipSync(html, { level: 9 }).length
    if (!largest[kind] || gzip > largest[kind].gzip) largest[kind] = { path, raw: html.length, gzip }
  }
  return { files: files.length, bytes, largest }
}

function benchSize(count) {
  const site = join(SCRATCH, String(count))
  console.log(`\n■ ${count} posts in ${site}`)
  copyProject(ROOT, site)
  writeMarkdownPosts(count, join(site, 'content', 'posts'))
  // The allowlist excuses the project's own posts' known missing files; the generated posts link to none.
  writeFileSync(join(site, 'content', 'link-allowlist.txt'), '')
  const loadBefore = loadavg()[0]
  const { stages, totalSeconds: total, peakMb } = runStages(STAGES, site)
  const out = measureOut(join(site, 'out'))
  return { count, when: new Date().toISOString(), load: [loadBefore, loadavg()[0]], stages, totalSeconds: total, peakMb, out }
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

function table(runs) {
  const names = STAGES.map((s) => s.name)
  const lines = [`| stage | ${runs.map((r) => `${r.count} posts`).join(' | ')} | 10k/1k |`, `| --- | ${runs.map(() => '---').join(' | ')} | --- |`]
  const ratio = (get) => {
    const k1 = runs.find((r) => r.count === 1000)
    const k10 = runs.find((r) => r.count === 10000)
    return k1 && k10 ? (get(k10) / get(k1)).toFixed(1) : '–'
  }
  for (const name of names) {
    const title = STAGES.find((s) => s.name === name)?.title ?? name
    lines.push(`| ${title} | ${runs.map((r) => `${r.stages[name].seconds.toFixed(1)} s, ${r.stages[name].peakMb} MB`).join(' | ')} | ${ratio((r) => r.stages[name].seconds)} |`)
  }
  lines.push(`| **total** | ${runs.map((r) => `**${r.totalSeconds.toFixed(0)} s**, peak ${r.peakMb} MB`).join(' | ')} | ${ratio((r) => r.totalSeconds)} |`)
  lines.push(`| out/ | ${runs.map((r) => `${r.out.files} files, ${(r.out.bytes / 1048576).toFixed(0)} MB`).join(' | ')} | |`)
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.out.largest)))].sort()
  for (const kind of kinds) {
    lines.push(`| largest ${kind} page (HTML gzip) | ${runs.map((r) => (r.out.largest[kind] ? `${kB(r.out.largest[kind].gzip)} (${kB(r.out.largest[kind].raw)} raw)` : '–')).join(' | ')} | |`)
  }
  lines.push('', targetLine(runs))
  lines.push('', `Load average (1 min) at start → end: ${runs.map((r) => `${r.count}: ${r.load.map((l) => l.toFixed(1)).join(' → ')}`).join('; ')}. Run ${runs.map((r) => r.when.slice(0, 16)).join(', ')} UTC.`)
  return lines.join('\n')
}

function writeResults(runs) {
  mkdirSync(dirname(RESULTS_JSON), { recursive: true })
  const previous = existsSync(RESULTS_JSON) ? JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) : []
  const all = [...previous, ...runs]
  writeFileSync(RESULTS_JSON, JSON.stringify(all, null, 1))
  // The table shows the newest run of each size, so sizes can be measured in separate invocations; only
  // runs of today's stages, so that a table never mixes builds made of different steps.
  const stages = STAGES.map((stage) => stage.name).join(' ')
  const comparable = all.filter((run) => Object.keys(run.stages).join(' ') === stages)
  const newest = [...new Map(comparable.map((run) => [run.count, run])).values()].sort((a, b) => a.count - b.count)
  const machine = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`
  writeBlock(RESULTS_MD, '<!-- build-scale:start (written by npm run bench:build) -->', '<!-- build-scale:end -->', `${machine}\n\n${table(newest)}`, '## Build at scale')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(TIME)) {
    console.error(`✗ ${TIME} (GNU time) is needed to measure peak memory. Fix: apt-get install -y time`)
    process.exit(2)
  }
  let asked
  try {
    asked = parseArgs(process.argv.slice(2), ROWS)
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  }
  const { sizes, rows } = asked
  if (rows.includes('stages')) {
    const runs = sizes.map(benchSize)
    writeResults(runs)
    console.log(`\n${table(runs)}`)
  }
  const side = rows.filter((row) => row !== 'stages')
  if (side.length > 0) {
    const runs = sizes.map((count) => benchSideBySide(count, side, { root: ROOT, scratch: SCRATCH }))
    writeSideBySide(runs, { resultsJson: SIDE_JSON, resultsMd: RESULTS_MD })
    console.log(`\n${sideTable(runs)}`)
  }
}
