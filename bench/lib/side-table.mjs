// The side-by-side table of bench:build (bench/lib/side-by-side.mjs runs the rows): its rows, cells and the
// issue's targets against Jekyll-with-a-theme in the same run.

/** @typedef {{ seconds?: number, totalSeconds?: number, peakMb: number, stages?: Record<string, { seconds: number }> } | { skipped: string } | { capped: number }} Measure */
/** @typedef {{ count: number, when: string, load: number[], rows: Record<string, Measure | undefined> }} SideRun */

/** Every row, in the table's order: Pressroom's three, then the engines it is compared with. */
export const SIDE_ROWS = [
  { row: 'pressroom', title: 'Pressroom `npm run build`, cold' },
  { row: 'edit', title: 'Pressroom again, after one post’s text changed' },
  { row: 'new', title: 'Pressroom again, after one new post' },
  { row: 'jekyll', title: 'Jekyll 4.3, plain' },
  { row: 'jekyll-theme', title: 'Jekyll 4.3 + minima + jekyll-feed, -seo-tag, -sitemap, -paginate, then Pagefind' },
  { row: 'hugo', title: 'Hugo + Pagefind' },
]

/** @type {Record<string, string>} */
const STAGE_SHORT = { content: 'content', data: 'search+manifest+share', 'next-build': 'next build', 'jekyll-pages': 'Jekyll pages', csp: 'CSP' }

/** @param {Measure | undefined} measure @returns {number | undefined} */
const secondsOf = (measure) => (measure && !('skipped' in measure) && !('capped' in measure) ? (measure.seconds ?? measure.totalSeconds) : undefined)

/** @param {Measure | undefined} measure @returns {string} */
function cell(measure) {
  if (!measure) return '–'
  if ('skipped' in measure) return `not run: ${measure.skipped}`
  if ('capped' in measure) return `stopped at the cap (${measure.capped} s)`
  const stages = measure.stages ? ` (${Object.entries(measure.stages).map(([name, s]) => `${STAGE_SHORT[name] ?? name} ${s.seconds.toFixed(1)}`).join(', ')})` : ''
  return `**${(secondsOf(measure) ?? 0).toFixed(1)} s**, ${measure.peakMb} MB${stages}`
}

/**
 * The issue's targets, against Jekyll-with-theme in the same run: cold ≤ 1.5×, after an edit ≤ 0.6×, after a new post ≤ 20 s at 1,000.
 * @param {SideRun} run @returns {string}
 */
export function sideTargets(run) {
  const jekyll = secondsOf(run.rows['jekyll-theme'])
  /** @type {string[]} */
  const parts = []
  /** @param {string} row @param {number} limit */
  const ratio = (row, limit) => {
    const seconds = secondsOf(run.rows[row])
    if (seconds === undefined || jekyll === undefined) return
    const r = seconds / jekyll
    parts.push(`${r <= limit ? '✓' : '✗'} ${row === 'pressroom' ? 'cold' : 'after an edit'} ${r.toFixed(2)}× Jekyll+theme (≤ ${limit}×)`)
  }
  ratio('pressroom', 1.5)
  ratio('edit', 0.6)
  const added = secondsOf(run.rows.new)
  if (run.count === 1000 && added !== undefined) parts.push(`${added <= 20 ? '✓' : '✗'} after a new post ${added.toFixed(1)} s (≤ 20 s)`)
  return parts.length ? `${run.count} posts: ${parts.join('; ')}` : `${run.count} posts: no ratio (a row was not run)`
}

/** @param {SideRun[]} runs @returns {string} */
export function sideTable(runs) {
  const lines = [`| engine | ${runs.map((r) => `${r.count} posts`).join(' | ')} |`, `| --- | ${runs.map(() => '---').join(' | ')} |`]
  for (const { row, title } of SIDE_ROWS) {
    if (!runs.some((run) => run.rows[row])) continue
    lines.push(`| ${title} | ${runs.map((run) => cell(run.rows[row])).join(' | ')} |`)
  }
  lines.push('', `Targets (issue 25): ${runs.map(sideTargets).join('. ')}.`)
  lines.push('', `Load average (1 min) at start → end: ${runs.map((r) => `${r.count}: ${r.load.map((l) => l.toFixed(1)).join(' → ')}`).join('; ')}. Run ${runs.map((r) => r.when.slice(0, 16)).join(', ')} UTC.`)
  return lines.join('\n')
}

/**
 * `[sizes…] [--rows a,b]`: the sizes and rows asked for, every one when none is named.
 * @param {string[]} args @param {string[]} known every row's name @returns {{ sizes: number[], rows: string[] }}
 */
export function parseArgs(args, known) {
  /** @type {number[]} */
  const sizes = []
  let rows = known
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--rows' || arg.startsWith('--rows=')) {
      const value = arg === '--rows' ? args[++i] : arg.slice('--rows='.length)
      rows = (value ?? '').split(',').filter(Boolean)
      const unknown = rows.filter((row) => !known.includes(row))
      if (unknown.length > 0 || rows.length === 0) throw new Error(`unknown row "${unknown.join(', ')}". Fix: --rows with some of ${known.join(', ')}.`)
    } else if (/^\d+$/.test(arg) && Number(arg) > 0) sizes.push(Number(arg))
    else throw new Error(`"${arg}" is neither a size nor --rows. Usage: npm run bench:build -- [100 1000 10000] [--rows ${known.join(',')}]`)
  }
  return { sizes: sizes.length > 0 ? sizes : [100, 1000, 10000], rows }
}
