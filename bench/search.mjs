// Search benchmark: Pressroom's index against Pagefind on the same generated corpora, in one run.
// Usage: [BENCH_SEED=s] npm run bench:search [-- 1000 10000]   (writes bench/.corpus/results-<n>[-seed<s>].json, prints a table)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS_DIR, corpusName, writeCorpus } from './corpus.mjs'
import { buildPagefind, buildPressroom } from './engines.mjs'
import { launch, measureEngine } from './browser.mjs'
import { startServer } from './serve.mjs'
import { table } from './report.mjs'

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
const COLD = Number(process.env.BENCH_COLD ?? 40)

for (const size of sizes.length > 0 ? sizes : [1000, 10000]) {
  const dir = join(CORPUS_DIR, corpusName(size))
  if (!existsSync(join(dir, 'records.json'))) {
    writeCorpus(size)
    console.log(`corpus ${corpusName(size)}: generated in ${dir}`)
  }
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8'))
  console.log(`corpus ${corpusName(size)}: building Pressroom index…`)
  const pressroomBuild = await buildPressroom(dir)
  console.log(`corpus ${corpusName(size)}: building Pagefind index…`)
  const pagefindBuild = buildPagefind(dir)
  const browser = await launch()
  const result = { size, queries: queries.length, cold: COLD, date: new Date().toISOString() }
  try {
    for (const [name, site, port, built] of [['pressroom', 'pressroom', 4673, pressroomBuild], ['pagefind', 'site', 4674, pagefindBuild]]) {
      console.log(`corpus ${corpusName(size)}: measuring ${name} in Chromium…`)
      const server = await startServer(join(dir, site), port)
      try {
        result[name] = { build: built, browser: await measureEngine(browser, server, queries, { cold: COLD }) }
      } finally {
        await server.close()
      }
    }
  } finally {
    await browser.close()
  }
  writeFileSync(join(CORPUS_DIR, `results-${corpusName(size)}.json`), JSON.stringify(result, null, 1))
  console.log(table(result))
}
