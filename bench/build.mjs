#!/usr/bin/env node
// `npm run bench:build [-- 100 1000 10000]`: the production build at scale. For each size it copies the project
// into a scratch folder (node_modules hard-linked, so Turbopack sees a real folder), replaces content/posts with
// that many generated posts (bench/markdown-posts.mjs, deterministic by seed), runs every step of
// `npm run build` and the link check under GNU time, and records each stage's wall time and peak memory
// (the largest resident set of any process in the stage), the size of out/ and the largest page of each kind.
// Results: bench/.scale/results.json (every run) and the table in bench/RESULTS.md between its markers.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { delimiter, dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { BUILD_STEPS, stepEnv } from '../lib/build/steps.mjs'
import { targetLine } from './lib/scale-targets.mjs'
import { writeMarkdownPosts } from './markdown-posts.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SCRATCH = process.env.BENCH_SCALE_DIR ?? '/tmp/pressroom-scale'
const RESULTS_JSON = join(ROOT, 'bench', '.scale', 'results.json')
const RESULTS_MD = join(ROOT, 'bench', 'RESULTS.md')
const TIME = '/usr/bin/time'

/** Stages of the run: the build's own steps, then the link check a deploy runs on the export. */
const STAGES = [...BUILD_STEPS, { name: 'link-check', title: 'Link check', command: 'node scripts/check-links.mjs --dir out' }]

/** Not copied into the scratch site: build output, history, and the posts the bench replaces. */
const SKIP = new Set(['node_modules', '.git', '.next', 'out', '.contentlayer', '.content', '.pressroom', 'test-results', 'playwright-report', join('bench', '.corpus'), join('bench', '.scale'), join('public', 'search'), join('public', '_pressroom'), join('content', 'posts')])

function copyProject(target) {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  const walk = (from) => {
    for (const entry of readdirSync(join(ROOT, from), { withFileTypes: true })) {
      const path = join(from, entry.name)
      if (SKIP.has(path) || path.startsWith(`out-`)) continue
      if (entry.isDirectory()) {
        mkdirSync(join(target, path), { recursive: true })
        walk(path)
      } else if (entry.isFile()) {
        writeFileSync(join(target, path), readFileSync(join(ROOT, path)))
      }
    }
  }
  walk('')
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(target, 'node_modules')])
}

/** Runs one stage under GNU time: wall seconds and the peak resident set of any of its processes, in MB. */
function runStage(stage, cwd) {
  const report = join(cwd, '.stage-time')
  const log = join(cwd, `.stage-${stage.name}.log`)
  const started = Date.now()
  // The scratch site's own binaries: the project's would load a second copy of each package beside the site's.
  const env = stepEnv({ PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter) })
  const result = spawnSync(TIME, ['-f', '%M', '-o', report, 'sh', '-c', `${stage.command} > ${log} 2>&1`], { cwd, env, stdio: 'inherit' })
  const seconds = (Date.now() - started) / 1000
  if (result.status !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : ''
    throw new Error(`${stage.title} failed after ${seconds.toFixed(1)} s (exit ${result.status}); last lines of ${log}:\n${tail}`)
  }
  const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1))
  return { seconds, peakMb: Math.round(kilobytes / 1024) }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
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
  copyProject(site)
  writeMarkdownPosts(count, join(site, 'content', 'posts'))
  // The allowlist excuses the project's own posts' known missing files; the generated posts link to none.
  writeFileSync(join(site, 'content', 'link-allowlist.txt'), '')
  const loadBefore = loadavg()[0]
  const stages = {}
  for (const stage of STAGES) {
    process.stdout.write(`  ${stage.title} … `)
    stages[stage.name] = runStage(stage, site)
    console.log(`${stages[stage.name].seconds.toFixed(1)} s, ${stages[stage.name].peakMb} MB`)
  }
  const out = measureOut(join(site, 'out'))
  const total = Object.values(stages).reduce((sum, s) => sum + s.seconds, 0)
  return { count, when: new Date().toISOString(), load: [loadBefore, loadavg()[0]], stages, totalSeconds: total, peakMb: Math.max(...Object.values(stages).map((s) => s.peakMb)), out }
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
  const start = '<!-- build-scale:start (written by npm run bench:build) -->'
  const end = '<!-- build-scale:end -->'
  const text = readFileSync(RESULTS_MD, 'utf8')
  const machine = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`
  const block = `${start}\n${machine}\n\n${table(newest)}\n${end}`
  const at = text.indexOf(start)
  const next = at === -1 ? `${text.trimEnd()}\n\n## Build at scale\n\n${block}\n` : `${text.slice(0, at)}${block}${text.slice(text.indexOf(end) + end.length)}`
  writeFileSync(RESULTS_MD, next)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(TIME)) {
    console.error(`✗ ${TIME} (GNU time) is needed to measure peak memory. Fix: apt-get install -y time`)
    process.exit(2)
  }
  const counts = process.argv.slice(2).map(Number)
  const runs = (counts.length > 0 ? counts : [100, 1000, 10000]).map(benchSize)
  writeResults(runs)
  console.log(`\n${table(runs)}`)
}
