// `npm run fuzz [-- runs [seed]]`: the content fuzz suite at length (npm test runs 60 cases of the same
// property). Prints how many generated posts were built, built with HTML removed, or refused by name.
// `npm run fuzz -- pages [runs [seed]]`: hostile bodies as whole pages in Chromium (test/fuzz/page-fuzz.test.ts
// runs 12): no post script runs, the site's own does, nothing covers the header, no text is lost.
import fc from 'fast-check'
import { post } from './arbitraries'
import { launch, pageProblems } from './browser'
import { hostileBody } from './hostile'
import { CASE_TIME_LIMIT_MS, checkPost, cpuMs, type Tally } from './invariant'
import { hostilePost, pageFor } from './page'

/** Runs `runs` generated posts (or, with `pages`, hostile pages in Chromium) from `seed`; throws fast-check's counterexample on a failure. */
export async function fuzzAtLength({ pages, runs, seed }: { pages: boolean; runs: number; seed: number }): Promise<void> {
  const tally: Tally = { built: 0, changed: 0, refused: 0 }
  const started = performance.now()
  let slowest = 0

  const browser = pages ? await launch() : undefined
  try {
    if (pages) {
      await fc.assert(
        fc.asyncProperty(hostileBody, async (generated) => {
          const before = cpuMs()
          const outcome = await checkPost(hostilePost(generated), tally)
          slowest = Math.max(slowest, cpuMs() - before)
          if (outcome.kind === 'refused' || !browser) return
          const problems = await pageProblems(browser, pageFor(outcome.html))
          if (problems.length > 0) throw new Error(problems.join('; '))
        }),
        { numRuns: runs, seed },
      )
    } else {
      await fc.assert(
        fc.asyncProperty(post, async (generated) => {
          const before = cpuMs()
          await checkPost(generated, tally)
          slowest = Math.max(slowest, cpuMs() - before)
        }),
        { numRuns: runs, seed },
      )
    }
  } finally {
    await browser?.close()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fuzz: ${runs} ${pages ? 'pages in Chromium' : 'posts'} (seed ${seed}) in ${seconds} s: ${tally.built} built, ${tally.changed} built with HTML removed, ${tally.refused} refused by name`)
  console.log(`fuzz: slowest post ${Math.round(slowest)} ms of CPU (bound ${CASE_TIME_LIMIT_MS} ms)`)
}
