// Drives the harness page (bench/harness/index.html) of one engine in headless Chromium.
import { chromium } from '@playwright/test'
import { chromiumPath } from '../lib/build/chromium.mjs'
import { percentile } from './lib/stats.mjs'

const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS })
}

/** The harness page, loaded, in a new browser context: empty HTTP cache, no engine loaded. */
async function freshPage(browser, server) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${server.url}/`)
  await page.waitForLoadState('load')
  return { context, page }
}

const stats = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), n: values.length })
const postOf = (url) => url.replace(/#.*$/, '')

/**
 * Cold: each query in a fresh context (empty HTTP cache, no engine loaded), bytes counted by the
 * server from the engine's first request to the results on screen. Typing: the same queries typed a
 * key at a time, each in a fresh context. Warm: one page runs every query once (its answers give
 * MRR@10), then again, timed. Long tasks are the harness page's, i.e. the main thread's, during the
 * searches.
 */
export async function measureEngine(browser, server, queries, { cold = 40 } = {}) {
  const coldRuns = []
  for (const { query } of queries.slice(0, cold)) {
    const { context, page } = await freshPage(browser, server)
    server.reset()
    const first = await page.evaluate((q) => window.bench.search(q), query)
    const beforeFirst = server.sent()
    const rest = await page.evaluate(() => window.bench.snippets())
    const withSnippets = server.sent()
    const longTasks = await page.evaluate(() => window.longTasks)
    coldRuns.push({ query, ms: first.ms, msWithSnippets: first.ms + rest.ms, bytes: beforeFirst.bytes, requests: beforeFirst.requests.length, bytesWithSnippets: withSnippets.bytes, longTasks: longTasks.filter((task) => task.start >= first.start) })
    await context.close()
  }

  const typingRuns = []
  for (const { query } of queries.slice(0, cold)) typingRuns.push(await typeQuery(browser, server, query))

  const { context, page } = await freshPage(browser, server)
  const searchStart = await page.evaluate(() => performance.now())
  const reciprocal = []
  const byKind = {}
  for (const item of queries) {
    const { urls } = await page.evaluate((q) => window.bench.search(q), item.query)
    await page.evaluate(() => window.bench.snippets())
    const rank = urls.map(postOf).indexOf(item.url) + 1
    const rr = rank > 0 ? 1 / rank : 0
    reciprocal.push(rr)
    ;(byKind[item.kind] ??= []).push(rr)
  }
  const warm = []
  const warmWithSnippets = []
  for (const item of queries) {
    const { ms } = await page.evaluate((q) => window.bench.search(q), item.query)
    const rest = await page.evaluate(() => window.bench.snippets())
    warm.push(ms)
    warmWithSnippets.push(ms + rest.ms)
  }
  const warmTasks = (await page.evaluate(() => window.longTasks)).filter((task) => task.start >= searchStart)
  await context.close()

  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length
  const coldTasks = coldRuns.flatMap((run) => run.longTasks)
  const typingTasks = typingRuns.flatMap((run) => run.longTasks)
  const tagged = [...coldTasks.map((task) => ({ ...task, phase: 'cold' })), ...typingTasks.map((task) => ({ ...task, phase: 'typing' })), ...warmTasks.map((task) => ({ ...task, phase: 'warm' }))]
  const allTasks = tagged.map((task) => task.duration)
  return {
    cold: {
      bytes: stats(coldRuns.map((run) => run.bytes)),
      bytesWithSnippets: stats(coldRuns.map((run) => run.bytesWithSnippets)),
      requests: stats(coldRuns.map((run) => run.requests)),
      ms: stats(coldRuns.map((run) => run.ms)),
      msWithSnippets: stats(coldRuns.map((run) => run.msWithSnippets)),
    },
    warm: { ms: stats(warm), msWithSnippets: stats(warmWithSnippets) },
    typing: {
      keystrokes: stats(typingRuns.flatMap((run) => run.keystrokes)),
      laterKeystrokes: stats(typingRuns.flatMap((run) => run.keystrokes.slice(1))),
      bytes: stats(typingRuns.map((run) => run.bytes)),
    },
    longTasks: { count: allTasks.length, over50: allTasks.filter((d) => d > 50).length, max: allTasks.length ? Math.max(...allTasks) : 0, coldCount: coldTasks.length, typingCount: typingTasks.length, warmCount: warmTasks.length, longest: tagged.sort((a, b) => b.duration - a.duration).slice(0, 5) },
    mrr: { all: mean(reciprocal), ...Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, mean(values)])), found: reciprocal.filter((rr) => rr > 0).length, n: reciprocal.length },
    coldRuns: coldRuns.map(({ query, ms, bytes, requests }) => ({ query, ms: Math.round(ms), bytes, requests })),
  }
}

/**
 * Typing: a reader types the query one character at a time into a fresh page, and every keystroke
 * that changes the query is a search whose results are rendered before the next key (a fast typist
 * can outrun it; a UI would then drop the stale answer). Times each keystroke, and counts the bytes
 * the whole query downloaded, prefixes' shards included.
 */
async function typeQuery(browser, server, query) {
  const { context, page } = await freshPage(browser, server)
  server.reset()
  const start = await page.evaluate(() => performance.now())
  const keystrokes = []
  let previous = ''
  for (let length = 1; length <= query.length; length++) {
    const typed = query.slice(0, length).trim()
    if (typed === previous) continue
    previous = typed
    keystrokes.push((await page.evaluate((q) => window.bench.search(q), typed)).ms)
  }
  const { bytes } = server.sent()
  const longTasks = (await page.evaluate(() => window.longTasks)).filter((task) => task.start >= start)
  await context.close()
  return { keystrokes, bytes, longTasks }
}
