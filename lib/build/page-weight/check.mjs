// @ts-check
// Every listing page of an export (home pages, tag and author pages, the archive and its years, search)
// may weigh at most BUDGET_KB of gzipped HTML. Prints the heaviest page of each kind with its RSC payload,
// so a listing that grows with the whole site shows up here before a reader's phone notices.
// `npm test` runs it on a generated 2,000-post site (scripts/page-weight.mjs).
import { exportedPages, judgePages, listingKind, weighPage } from './pages.mjs'

/**
 * gzip -9 of one listing page's HTML. At 2,000 generated posts the heaviest listing weighs 11.4 kB (a
 * 100-line archive year; ten post cards 8.1 kB), so richer cards still fit, while a listing of every post
 * of a tag (about 150 kB at 2,000 posts) or a post body passed into a list fails at once.
 */
export const BUDGET_KB = 40

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`

/**
 * Weighs every listing page of the export in `dir` against `budgetKb`, printing the heaviest of each kind;
 * the exit code: 1 when one is over (or there is none), else 0.
 * @param {string} dir @param {number} budgetKb
 * @returns {number}
 */
export function checkPageWeight(dir, budgetKb) {
  const budget = budgetKb * 1000
  const pages = exportedPages(dir).flatMap((path) => {
    const kind = listingKind(path)
    return kind ? [weighPage(dir, path, kind)] : []
  })
  if (pages.length === 0) {
    console.error(`✗ No listing page found in ${dir}/: build the site first.`)
    return 1
  }

  const { largest, over } = judgePages(pages, budget)
  console.log(`${pages.length} listing pages in ${dir}/; budget ${kB(budget)} of gzipped HTML each. Heaviest of each kind:`)
  for (const page of largest) {
    const mark = page.htmlGzipBytes > budget ? '✗' : '✓'
    console.log(`${mark} ${page.kind.padEnd(12)} ${page.path.padEnd(48)} HTML ${kB(page.htmlGzipBytes).padStart(9)} gzip (${kB(page.htmlBytes)})   RSC ${kB(page.rscGzipBytes).padStart(9)} gzip (${kB(page.rscBytes)})`)
  }
  if (over.length > 0) {
    for (const page of over) console.error(`✗ ${page.path}: ${kB(page.htmlGzipBytes)} of gzipped HTML, over the ${kB(budget)} budget`)
    console.error(`✗ ${over.length} listing page(s) over budget. A listing shows one page of summaries: paginate it, or pass it less.`)
    return 1
  }
  return 0
}
