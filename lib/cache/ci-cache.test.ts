import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// CI restores .pressroom/cache/ between runs. A pull request runs code from outside main: what it saves
// must never be what production restores.
const ci: unknown = parse(readFileSync(join(process.cwd(), '.github', 'workflows', 'ci.yml'), 'utf8'))

type Step = { uses?: string; with?: Record<string, string> }
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const strings = (value: unknown): Record<string, string> => (isRecord(value) ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {})

function checkJob(): { env: Record<string, string>; steps: Step[] } {
  const job = isRecord(ci) && isRecord(ci.jobs) ? ci.jobs.check : undefined
  if (!isRecord(job) || !Array.isArray(job.steps)) throw new Error('ci.yml has no check job')
  const steps = job.steps.filter(isRecord).map((step): Step => ({ uses: typeof step.uses === 'string' ? step.uses : undefined, with: strings(step.with) }))
  return { env: strings(job.env), steps }
}

describe("CI's build cache", () => {
  const job = checkJob()
  const cacheSteps = job.steps.filter((step) => step.uses?.startsWith('actions/cache'))

  it('restores and saves .pressroom/cache/ under the run’s own prefix', () => {
    expect(cacheSteps).toHaveLength(1)
    expect(cacheSteps[0]?.with?.path).toBe('.pressroom/cache')
    expect(cacheSteps[0]?.with?.key).toMatch(/^\$\{\{ env\.BUILD_CACHE \}\}/)
  })

  it('gives a pull request a prefix of its own, and production restores only production’s', () => {
    expect(job.env.BUILD_CACHE).toContain("github.event_name == 'pull_request' && format('pressroom-build-pr-{0}-'")
    expect(job.env.BUILD_CACHE).toMatch(/\|\| 'pressroom-build-main-' \}\}$/)
    const restoreKeys = (cacheSteps[0]?.with?.['restore-keys'] ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
    expect(restoreKeys).toEqual(['${{ env.BUILD_CACHE }}', 'pressroom-build-main-'])
  })
})
