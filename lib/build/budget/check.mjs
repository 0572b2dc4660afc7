// `npm test` step: every post page in the export may load at most 20 kB gzip of JavaScript beyond what a
// blank Next.js page of the same version loads. Bytes on disk, not timings, so it is deterministic.
// The blank-page figure is recorded in bench/baseline.json by `npm run bench:pages`; re-run that bench
// with every Next.js/React upgrade (this check refuses a baseline from another Next.js minor version).
import { readFileSync } from 'node:fs'
import { linksInside, walkFiles } from '../../files/walk.mjs'
import { measurePageScripts } from './measure.mjs'
import { GZIP_LEVEL, judgeBudget } from './page-scripts.mjs'

const ALLOWANCE_BYTES = 20_000
const BASELINE_FILE = new URL('../../../bench/baseline.json', import.meta.url)

/** Post pages are the ones that carry BlogPosting structured data. @param {string} dir @returns {string[]} */
function postPages(dir) {
  return [...walkFiles(dir, { link: linksInside(dir) })]
    .filter((file) => file.name === 'index.html')
    .filter((file) => readFileSync(file.full, 'utf8').includes('"BlogPosting'))
    .map((file) => (file.rel === 'index.html' ? '/' : `/${file.rel.slice(0, -'/index.html'.length)}/`))
}

/**
 * Checks every post page of the export in `outDir`, printing each; the exit code: 1 when one is over the
 * budget (or there is no baseline for this Next.js, or no post page), else 0.
 * @param {string} outDir
 * @returns {number}
 */
export function checkJsBudget(outDir) {
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'))
  const installedNext = JSON.parse(readFileSync(new URL('../../../node_modules/next/package.json', import.meta.url), 'utf8')).version
  /** @param {string} version */
  const minor = (version) => version.split('.').slice(0, 2).join('.')
  if (typeof baseline.blankPageJsGzipBytes !== 'number' || minor(baseline.next) !== minor(installedNext)) {
    console.error(
      `✗ bench/baseline.json holds a blank-page figure for Next.js ${baseline.next}, but ${installedNext} is installed.\n` +
        '  Re-measure it with `npm run bench:pages` (it rewrites bench/baseline.json) and commit the result.',
    )
    return 1
  }

  const pages = postPages(outDir)
  if (pages.length === 0) {
    console.error(`✗ No post page (BlogPosting JSON-LD) found in ${outDir}/: build the site first.`)
    return 1
  }

  const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`
  let failures = 0
  for (const page of pages) {
    const { jsGzipBytes, files } = measurePageScripts(outDir, page)
    const verdict = judgeBudget(jsGzipBytes, baseline.blankPageJsGzipBytes, ALLOWANCE_BYTES)
    const mark = verdict.withinBudget ? '✓' : '✗'
    console.log(
      `${mark} ${page}: ${kB(jsGzipBytes)} JS in ${files.length} files (gzip -${GZIP_LEVEL}); ` +
        `blank Next ${baseline.next} page ${kB(verdict.blankBytes)}, added ${kB(verdict.added)}, limit ${kB(verdict.limit)}`,
    )
    if (!verdict.withinBudget) {
      failures += 1
      for (const file of files) console.log(`    ${kB(file.gzipBytes).padStart(9)}  ${file.url}`)
    }
  }
  if (failures > 0) {
    console.error(`✗ ${failures} post page(s) over the JavaScript budget. Keep interactive code lazy (load on first use).`)
    return 1
  }
  return 0
}
