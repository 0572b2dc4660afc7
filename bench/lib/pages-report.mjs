// Turns the page bench's medians into the "Page budgets" section of bench/RESULTS.md. Only the part between
// the markers is replaced, so other benchmarks' sections in the same file survive a re-run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const START = '<!-- page-budgets:start (written by npm run bench:pages) -->'
const END = '<!-- page-budgets:end -->'

/** @param {number | null} bytes */
const kB = (bytes) => (bytes === null ? '–' : `${(bytes / 1000).toFixed(1)} kB`)
/** @param {number | null} value */
const show = (value) => (value === null ? '–' : String(value))

/**
 * @typedef {{ name: string, path: string, scores: Record<string, number | null>, lcpMs: number | null,
 *   jsTransferBytes: number | null, jsDiskGzipBytes: number, htmlRawBytes: number, htmlGzipBytes: number,
 *   failing: string[] }} PageFigures
 * @param {{ pages: PageFigures[], blank: PageFigures, runs: number, machine: string[], budget: { limit: number, pass: boolean } }} input
 */
export function pagesSection({ pages, blank, runs, machine, budget }) {
  const rows = [...pages, blank].map((p) =>
    [
      `${p.name} \`${p.path}\``,
      ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => show(p.scores[c] ?? null)),
      p.lcpMs === null ? '–' : `${(p.lcpMs / 1000).toFixed(2)} s`,
      kB(p.jsDiskGzipBytes),
      kB(p.jsTransferBytes),
      `${kB(p.htmlRawBytes)} / ${kB(p.htmlGzipBytes)}`,
    ].join(' | '),
  )
  const failing = [...pages, blank].flatMap((p) => p.failing.map((f) => `- ${p.name}: ${f}`))
  return [
    START,
    '| page | perf | a11y | best practices | SEO | LCP | JS loaded (gzip -9, disk) | JS transferred (Lighthouse) | HTML raw / gzip |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `Medians of ${runs} Lighthouse runs per page. Post page JavaScript budget: ${kB(pages.find((p) => p.name === 'post')?.jsDiskGzipBytes ?? null)} ` +
      `against a limit of ${kB(budget.limit)} (blank page + 20 kB): **${budget.pass ? 'within budget' : 'OVER BUDGET'}**.`,
    '',
    'Targets: performance, accessibility, best practices and SEO all 100 on every page; post page JS ≤ blank page JS + 20 kB gzip.',
    '',
    'Audits below a full score in at least one run (category: audit: runs (values)):',
    ...(failing.length > 0 ? [...new Set(failing)] : ['- none']),
    '',
    'Machine:',
    ...machine.map((line) => `- ${line}`),
    END,
  ].join('\n')
}

/** @param {string} file @param {string} section */
export function writeSection(file, section) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n'
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n## Page budgets (Lighthouse)\n\n${section}\n`
  writeFileSync(file, next)
}
