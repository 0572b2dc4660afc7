#!/usr/bin/env node
// `npm run bench:pages`: builds the site and a blank Next.js page of the same version, serves both exports,
// audits the home, a post and a tag page with Lighthouse (mobile defaults) several times, and writes the
// medians into bench/RESULTS.md and the blank page's JavaScript into bench/baseline.json (used by
// scripts/check-js-budget.mjs in `npm test`).
// Usage: node bench/lighthouse.mjs [--runs 3] [--skip-build]
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { measurePageScripts } from '../lib/build/budget/measure.mjs'
import { judgeBudget } from '../lib/build/budget/page-scripts.mjs'
import { chromiumPath } from '../lib/build/chromium.mjs'
import { BUILD_STEPS, runSteps } from '../lib/build/steps.mjs'
import { buildBlankApp } from './lib/blank-app.mjs'
import { auditPage } from './lib/lighthouse-audit.mjs'
import { pagesSection, writeSection } from './lib/pages-report.mjs'
import { serve } from './lib/servers.mjs'
import { median } from './lib/stats.mjs'

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/2016/06/20/container-days-in-boston/' },
  { name: 'tag', path: '/tags/docker/' },
]
const ALLOWANCE_BYTES = 20_000
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-build': { type: 'boolean', default: false } } })
const runs = Number(values.runs)
const version = (/** @type {string} */ name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version

if (!values['skip-build']) {
  // The site as `npm run build` makes it (CSP meta included), at the root.
  runSteps(BUILD_STEPS, { env: { BASE_PATH: '' } })
  buildBlankApp('.')
}
const blankOut = join('out-blank-baseline', 'out')

/**
 * Each audit below full score in any run, with how many runs and the values it showed.
 * @param {Array<Array<{ key: string, value: string }>>} perRun
 */
function failingAudits(perRun) {
  /** @type {Map<string, string[]>} */
  const seen = new Map()
  for (const run of perRun) for (const { key, value } of run) seen.set(key, [...(seen.get(key) ?? []), value])
  return [...seen].map(([key, found]) => `${key}: ${found.length}/${perRun.length} runs (${found.join('; ')})`)
}

/**
 * @param {string} name @param {string} outDir @param {string} path
 * @param {{ origin: string, ensure: () => Promise<void> }} server
 */
async function figures(name, outDir, path, server) {
  const disk = measurePageScripts(outDir, path)
  const results = []
  for (let run = 1; run <= runs; run += 1) {
    console.log(`Lighthouse ${name} ${path} (run ${run}/${runs})`)
    await server.ensure()
    results.push(await auditPage(server.origin + path))
  }
  /** @type {Record<string, number | null>} */
  const scores = {}
  for (const category of Object.keys(results[0]?.scores ?? {})) scores[category] = median(results.map((r) => r.scores[category] ?? null))
  return {
    name,
    path,
    scores,
    lcpMs: median(results.map((r) => r.lcpMs)),
    jsTransferBytes: median(results.map((r) => r.jsTransferBytes)),
    jsDiskGzipBytes: disk.jsGzipBytes,
    htmlRawBytes: disk.htmlRawBytes,
    htmlGzipBytes: disk.htmlGzipBytes,
    failing: failingAudits(results.map((r) => r.failing)),
    benchmarkIndex: median(results.map((r) => r.benchmarkIndex)),
    lighthouse: results[0]?.lighthouseVersion ?? '?',
  }
}

const loadBefore = loadavg()[0] ?? 0
const site = await serve('out', 4573)
const blankServer = await serve(blankOut, 4574)
let pages, blank
try {
  pages = []
  for (const page of PAGES) pages.push(await figures(page.name, 'out', page.path, site))
  blank = await figures('blank Next.js page', blankOut, '/', blankServer)
} finally {
  site.stop()
  blankServer.stop()
}

const post = pages.find((p) => p.name === 'post')
if (!post) throw new Error('The post page is missing from PAGES.')
const verdict = judgeBudget(post.jsDiskGzipBytes, blank.jsDiskGzipBytes, ALLOWANCE_BYTES)
const today = new Date().toISOString().slice(0, 10)
const chromium = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim()
const machine = [
  `${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
  `${chromium}; Node ${process.version}; Lighthouse ${post.lighthouse}; Next.js ${version('next')}; React ${version('react')}`,
  `load average (1 min) ${loadBefore.toFixed(1)} before the audits, ${(loadavg()[0] ?? 0).toFixed(1)} after (other work shared the machine)`,
  `Lighthouse benchmarkIndex (median per page): ${[...pages, blank].map((p) => `${p.name} ${p.benchmarkIndex ?? '?'}`).join(', ')}`,
  `measured ${today}`,
]
writeSection('bench/RESULTS.md', pagesSection({ pages, blank, runs, machine, budget: { limit: verdict.limit, pass: verdict.withinBudget } }))
const baseline = {
  about: JSON.parse(readFileSync('bench/baseline.json', 'utf8')).about,
  next: version('next'),
  react: version('react'),
  blankPageJsGzipBytes: blank.jsDiskGzipBytes,
  measuredOn: today,
}
writeFileSync('bench/baseline.json', `${JSON.stringify(baseline, null, 2)}\n`)
console.log(JSON.stringify({ pages, blank, verdict }, null, 2))
console.log('Wrote bench/RESULTS.md (page budgets section) and bench/baseline.json.')
