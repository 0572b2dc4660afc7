import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBatch, type BatchResult, type Disagreement } from './batch'
import { makeProject } from './pressroom-side'
import { batchConfig, site, type BatchConfig, type GenSite } from './site'

/**
 * A differential run: `sites` generated sites from `seed`, `perBatch` to a build, each batch with its own
 * `_config.yml`. Returns every disagreement with the site (and settings) that showed it.
 */
export type Found = Disagreement & { config: BatchConfig; generated: GenSite }
export type RunResult = { sites: number; posts: number; compared: number; jekyllRefused: number; jekyllUnfaithful: number; found: Found[]; seconds: number; work: string; project: ReturnType<typeof makeProject> }

export function differentialRun(options: { sites: number; seed: number; perBatch: number; log: (line: string) => void; keep?: boolean }): RunResult {
  const started = Date.now()
  const work = mkdtempSync(join(tmpdir(), 'fuzz-jekyll-'))
  const project = makeProject(join(work, 'project'))
  const batches = Math.ceil(options.sites / options.perBatch)
  const total: RunResult = { sites: 0, posts: 0, compared: 0, jekyllRefused: 0, jekyllUnfaithful: 0, found: [], seconds: 0, work, project }
  const generate = fc.tuple(batchConfig, fc.array(site, { minLength: options.perBatch, maxLength: options.perBatch }))
  const samples = fc.sample(generate, { numRuns: batches, seed: options.seed })
  samples.forEach(([config, all], b) => {
    const sites = all.slice(0, Math.min(options.perBatch, options.sites - b * options.perBatch))
    const batchDir = join(work, `batch-${b}`)
    mkdirSync(batchDir, { recursive: true })
    const r: BatchResult = runBatch(config, sites, batchDir, project)
    total.sites += r.sites
    total.posts += r.posts
    total.compared += r.compared
    total.jekyllRefused += r.jekyllRefused.length
    total.jekyllUnfaithful += r.jekyllUnfaithful
    for (const d of r.disagreements) {
      const generated = sites[d.site]
      if (generated) total.found.push({ ...d, config, generated })
    }
    options.log(`batch ${b + 1}/${batches}: ${r.sites} sites, ${r.posts} posts (${r.compared} published by Jekyll and compared), ${r.disagreements.length} disagreements, ${r.jekyllRefused.length} sites Jekyll refused (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    rmSync(batchDir, { recursive: true, force: true })
  })
  total.seconds = (Date.now() - started) / 1000
  if (!options.keep) rmSync(work, { recursive: true, force: true })
  return total
}
