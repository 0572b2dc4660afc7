import fc from 'fast-check'
import type { Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, pageProblems } from './browser'
import { hostileBody } from './hostile'
import { checkPost, type Tally } from './invariant'
import { hostilePost, pageFor } from './page'

/**
 * Generated hostile bodies (script breakers, overlay styles, Liquid and Markdown past their bounds),
 * trusted or not, through the real content chain and the real CSP step, opened in Chromium. `npm run
 * fuzz -- pages N` runs more.
 */
const RUNS = Number(process.env.FUZZ_PAGE_RUNS ?? 12)
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})

describe('the page check', () => {
  it('sees a post script that runs, an own script that does not, a header covered and text lost', async () => {
    const ran = pageFor('<p>Fuzzmarker paragraph.</p>').replace('<p>Fuzzmarker', '<script>window.__ran=1</script><p>Fuzzmarker').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    expect(await pageProblems(browser, ran)).toEqual(['a script in the post ran (1×)'])
    const unhashed = pageFor('<p>Fuzzmarker paragraph.</p>').replace("window.__own=true</script>", "window.__own=true;</script>")
    expect(await pageProblems(browser, unhashed)).toEqual(["the page's own inline script did not run (left out of its CSP)"])
    const covered = pageFor('<p>Fuzzmarker paragraph.</p>').replace('</main>', '</main><div style="position:fixed;top:0;left:0;right:0;height:200px;z-index:9;background:red"></div>')
    expect((await pageProblems(browser, covered))[0]).toMatch(/^<div class=""> covers the header/)
    expect(await pageProblems(browser, pageFor('<p>other text</p>'))).toEqual(["the post's text is not on the page"])
  }, 60_000)
})

describe('every hostile post page runs none of its scripts, covers no header and keeps its text', () => {
  it(`holds for ${RUNS} generated pages`, async () => {
    const tally: Tally = { built: 0, changed: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(hostileBody, async (generated) => {
        const outcome = await checkPost(hostilePost(generated), tally)
        if (outcome.kind === 'refused') return
        expect(await pageProblems(browser, pageFor(outcome.html))).toEqual([])
      }),
      { numRuns: RUNS },
    )
    expect(tally.built + tally.changed).toBeGreaterThan(0)
  }, 300_000)
})
