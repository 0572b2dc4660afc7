import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/** The publishing workflows' safety rules, read from the files themselves (actionlint checks their syntax). */
type Step = { uses?: string; run?: string; name?: string }
type Job = { if?: string; needs?: string | string[]; environment?: string; permissions?: Record<string, string>; concurrency?: { group: string; 'cancel-in-progress': boolean }; steps: Step[] }
type Workflow = { permissions?: unknown; jobs: Record<string, Job> }

function workflow(name: string): Workflow {
  const value: unknown = parse(readFileSync(`.github/workflows/${name}`, 'utf8'))
  if (typeof value !== 'object' || value === null || !('jobs' in value)) throw new Error(`${name} has no jobs`)
  return value as Workflow
}
function job(file: Workflow, name: string): Job {
  const found = file.jobs[name]
  if (!found) throw new Error(`no job ${name}`)
  return found
}
const preview = workflow('preview.yml')
const cleanup = workflow('preview-cleanup.yml')
const ci = workflow('ci.yml')

describe('the workflows that hold a write token', () => {
  // ci.yml holds no write token, but a moved tag would still run someone else's code on every push.
  it('pin every action by a full commit SHA (and so does CI)', () => {
    for (const file of [preview, cleanup, ci]) {
      const uses = Object.values(file.jobs).flatMap((j) => j.steps.flatMap((step) => (step.uses ? [step.uses] : [])))
      expect(uses.length).toBeGreaterThan(0)
      for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
    }
  })

  it('grant nothing by default and write only in the jobs that publish', () => {
    expect(preview.permissions).toEqual({})
    expect(cleanup.permissions).toEqual({})
    expect(job(preview, 'check').permissions).not.toHaveProperty('contents', 'write')
    expect(job(preview, 'approve').permissions).toEqual({})
  })

  it('publish a preview in the same concurrency group as its cleanup, never cancelling either', () => {
    const publish = job(preview, 'preview').concurrency
    const remove = job(cleanup, 'remove').concurrency
    expect(publish?.group).toBe('pr-preview-${{ needs.check.outputs.number }}')
    expect(remove?.group).toBe('pr-preview-${{ github.event.pull_request.number }}')
    expect(publish?.['cancel-in-progress']).toBe(false)
    expect(remove?.['cancel-in-progress']).toBe(false)
  })

  it('hold a fork’s preview for approval and publish a same-repository one at once', () => {
    const approve = job(preview, 'approve')
    expect(approve.if).toBe("needs.check.outputs.fork == 'true'")
    expect(approve.environment).toBe('fork-preview')
    const publishIf = job(preview, 'preview').if ?? ''
    expect(publishIf).toContain("needs.approve.result == 'success'")
    expect(publishIf).toContain("needs.approve.result == 'skipped' && needs.check.outputs.fork == 'false'")
  })

  it('re-check the pull request and the artifact before publishing', () => {
    const runs = job(preview, 'preview').steps.map((step) => step.run ?? '')
    const recheck = runs.findIndex((run) => run.includes('publish-guard-cli.mjs check'))
    const download = runs.findIndex((run) => run.includes('download-artifact.sh') && run.includes('pages-preview'))
    const publish = runs.findIndex((run) => run.includes('publish-pages.sh'))
    expect(recheck).toBeGreaterThanOrEqual(0)
    expect(recheck).toBeLessThan(publish)
    expect(download).toBeLessThan(publish)
    expect(readFileSync('scripts/preview/download-artifact.sh', 'utf8')).toMatch(/check-artifact\.mjs" archive[\s\S]*unzip[\s\S]*check-artifact\.mjs" tree/)
  })

  it('never check out the pull request’s code', () => {
    for (const file of [preview, cleanup]) {
      for (const step of Object.values(file.jobs).flatMap((j) => j.steps)) {
        if (step.uses?.startsWith('actions/checkout@')) expect(JSON.stringify(step)).not.toMatch(/ref|repository/)
      }
    }
  })
})
