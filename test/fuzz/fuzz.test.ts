import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { post } from './arbitraries'
import { checkPost, type Tally } from './invariant'

/**
 * Property-based: generated posts through the real content chain. A bounded number of cases keeps
 * `npm test` quick (about 20 s); `npm run fuzz` runs thousands with the same invariant.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60)

describe('every generated post builds at its URL or is refused naming its file', () => {
  it(`holds for ${RUNS} generated posts`, async () => {
    const tally: Tally = { built: 0, changed: 0, refused: 0 }
    await fc.assert(fc.asyncProperty(post, async (generated) => void (await checkPost(generated, tally))), { numRuns: RUNS })
    // Both sides of the invariant were exercised, not only refusals.
    expect(tally.refused).toBeGreaterThan(0)
    expect(tally.built + tally.changed).toBeGreaterThan(0)
  }, 300_000)
})
