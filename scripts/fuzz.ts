// `npm run fuzz [-- runs [seed]]`: the content fuzz suite at length (npm test runs 60 cases of the same
// property). Prints how many generated posts were built, built with HTML removed, or refused by name.
import fc from 'fast-check'
import { post } from '../test/fuzz/arbitraries'
import { CASE_TIME_LIMIT_MS, checkPost, cpuMs, type Tally } from '../test/fuzz/invariant'

const runs = Number(process.argv[2] ?? 2000)
const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3])
const tally: Tally = { built: 0, changed: 0, refused: 0 }
const started = performance.now()
let slowest = 0

await fc.assert(
  fc.asyncProperty(post, async (generated) => {
    const before = cpuMs()
    await checkPost(generated, tally)
    slowest = Math.max(slowest, cpuMs() - before)
  }),
  { numRuns: runs, seed },
)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`fuzz: ${runs} posts (seed ${seed}) in ${seconds} s: ${tally.built} built, ${tally.changed} built with HTML removed, ${tally.refused} refused by name`)
console.log(`fuzz: slowest post ${Math.round(slowest)} ms of CPU (bound ${CASE_TIME_LIMIT_MS} ms)`)
