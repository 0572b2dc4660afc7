// Relevance without a browser: builds Pressroom's index for a generated corpus and runs the known-item
// queries through the same SearchEngine the worker uses, reading the files from memory.
// Usage: [BENCH_SEED=s] npm run bench:relevance [-- 1000 10000]   Prints MRR@10 (title / heading), found in top 10, and
// the gzip bytes a cold query loads before its results (p50 / p95), so a ranking change can be judged
// in seconds; bench/search.mjs remains the benchmark of record (both engines, in Chromium).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSearchFiles } from '../lib/search/build/search-files.ts'
import { SearchEngine } from '../lib/search/worker/engine.ts'
import { CORPUS_DIR, corpusName, writeCorpus } from './corpus.mjs'
import { percentile } from './lib/stats.mjs'
import { kB } from './report.mjs'

const NO_FILTERS = { tags: [], authors: [], years: [] }
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)

for (const size of sizes.length > 0 ? sizes : [1000, 10000]) {
  const dir = join(CORPUS_DIR, corpusName(size))
  if (!existsSync(join(dir, 'records.json'))) writeCorpus(size)
  const records = JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8'))
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8'))
  const started = performance.now()
  const { files } = buildSearchFiles(records)
  const buildMs = performance.now() - started
  const byPath = new Map(files.map((file) => [file.path, file.contents]))
  const gzipOf = new Map()
  const engineCountingBytes = () => {
    const counter = { bytes: 0 }
    const engine = new SearchEngine(async (path) => {
      const contents = byPath.get(path)
      if (contents === undefined) throw new Error(`bench: no file ${path}`)
      if (!gzipOf.has(path)) gzipOf.set(path, gzipSync(contents, { level: 9 }).length)
      counter.bytes += gzipOf.get(path)
      return JSON.parse(contents)
    })
    return { engine, counter }
  }

  const warm = engineCountingBytes().engine
  const reciprocal = { title: [], heading: [] }
  const misses = []
  for (const query of queries) {
    const { results } = await warm.search(query.query, NO_FILTERS, 10)
    const rank = results.findIndex((result) => result.url === query.url) + 1
    reciprocal[query.kind].push(rank === 0 ? 0 : 1 / rank)
    if (rank !== 1) misses.push(`${rank === 0 ? '–' : rank}\t${query.kind}\t"${query.query}"\t← ${query.source}`)
  }
  const warmMs = []
  for (const query of queries) {
    const started = performance.now()
    await warm.search(query.query, NO_FILTERS, 10)
    warmMs.push(performance.now() - started)
  }
  const cold = []
  for (const query of queries.slice(0, 40)) {
    const { engine, counter } = engineCountingBytes()
    await engine.search(query.query, NO_FILTERS, 10)
    cold.push(counter.bytes)
  }
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  const all = [...reciprocal.title, ...reciprocal.heading]
  console.log(`corpus ${corpusName(size)}: MRR@10 ${mean(all).toFixed(3)} (title ${mean(reciprocal.title).toFixed(3)} / heading ${mean(reciprocal.heading).toFixed(3)}), ` +
    `found ${all.filter((r) => r > 0).length}/${all.length}; cold bytes before results p50 ${kB(percentile(cold, 50))} / p95 ${kB(percentile(cold, 95))}; warm query in Node p50 ${percentile(warmMs, 50).toFixed(1)} / p95 ${percentile(warmMs, 95).toFixed(1)} ms; build ${(buildMs / 1000).toFixed(1)} s`)
  if (process.env.BENCH_MISSES) console.log(misses.join('\n'))
}
