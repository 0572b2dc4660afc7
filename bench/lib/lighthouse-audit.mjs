// One Lighthouse run against one URL, in a fresh headless Chromium, with Lighthouse's default (mobile,
// simulated throttling) settings, boiled down to the figures the page budget cares about.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from '../../lib/build/chromium.mjs'

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo'])

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * @typedef {{ score: number | null, numericValue?: number, title: string, displayValue?: string,
 *   details?: { type?: string, items?: Array<Record<string, unknown>> } }} AuditResult
 * @typedef {{ categories: Record<string, { score: number | null, auditRefs: Array<{ id: string, weight: number }> }>,
 *   audits: Record<string, AuditResult | undefined>, lighthouseVersion: string,
 *   environment: { hostUserAgent: string, benchmarkIndex: number } }} Report
 */

/** @param {Report} lhr */
export function summarize(lhr) {
  /** @type {Record<string, number | null>} */
  const scores = {}
  /** @type {Array<{ key: string, value: string }>} */
  const failing = []
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category]
    scores[category] = entry?.score == null ? null : Math.round(entry.score * 100)
    for (const ref of entry?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      const counts = ref.weight > 0 || category === 'accessibility'
      if (audit && counts && audit.score !== null && audit.score < 1) {
        failing.push({ key: `${category}: \`${ref.id}\` (${audit.title})`, value: audit.displayValue ?? `score ${audit.score}` })
      }
    }
  }
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  /** @param {string} type @param {'transferSize' | 'resourceSize'} field */
  const total = (type, field) =>
    requests.filter((item) => item.resourceType === type).reduce((sum, item) => sum + Number(item[field] ?? 0), 0)
  return {
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores,
    failing,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    jsTransferBytes: total('Script', 'transferSize'),
    jsRequests: requests.filter((item) => item.resourceType === 'Script').length,
    htmlTransferBytes: total('Document', 'transferSize'),
  }
}

/** @param {string} url */
export async function auditPage(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`)
    const lhr = /** @type {Report} */ (/** @type {unknown} */ (result.lhr))
    const runtimeError = /** @type {{ runtimeError?: { message: string } }} */ (/** @type {unknown} */ (result.lhr)).runtimeError
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`)
    return { ...summarize(lhr), lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent }
  } finally {
    chrome.kill()
  }
}
