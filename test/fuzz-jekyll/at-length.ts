// `npm run fuzz:jekyll -- [sites [seed [per-batch]]] [--no-shrink] [--rounds N] [--expect FILE]`: generated Jekyll sites built by
// real Jekyll 4.3 and by Pressroom (import, then build), many to a build (test/fuzz-jekyll/). Prints each class of
// disagreement with a minimal site showing it. With --expect, exits 1 when a class is not listed in FILE or a listed
// one no longer shows (so the list only shrinks), as `npm test` runs it; without, when any disagreement is found.
import { readFileSync, rmSync } from 'node:fs'
import { byClass } from './classes'
import { differentialRun } from './run'
import { shrinkSite, showSite } from './shrink'

export type FuzzJekyllOptions = { sites: number; seed: number; perBatch: number; rounds: number; shrink: boolean; expectFile: string | undefined }

/** The differential run, printed class by class; the exit code: 1 on a disagreement (or, with `expectFile`, on a class it does not list or one it lists that no longer shows), else 0. */
export function fuzzJekyll(options: FuzzJekyllOptions): number {
  const { sites, seed, perBatch, rounds, expectFile } = options
  const r = differentialRun({ sites, seed, perBatch, log: (line) => console.log(line), keep: true })
  const classes = byClass(r.found)
  for (const [key, list] of classes) {
    const first = list[0]
    if (!first) continue
    console.log(`\n✗ ${key}: ${list.length} (sites ${[...new Set(list.map((d) => d.site))].slice(0, 10).join(', ')})\n  ${first.post ?? ''} ${first.detail}`)
    const minimal = options.shrink ? shrinkSite(first.config, first.generated, first.kind, r.work, r.project, (line) => console.log(line), rounds) : first.generated
    console.log(`  minimal site:\n${showSite(first.config, minimal)}`)
  }
  const perSite = (r.seconds / Math.max(1, r.sites)).toFixed(2)
  console.log(`\nfuzz:jekyll: ${r.sites} sites, ${r.posts} posts (seed ${seed}, ${perBatch} to a build) in ${r.seconds.toFixed(0)} s (${perSite} s a site): ` +
    `${r.compared} posts compared, ${r.found.length} disagreements in ${classes.size} classes; ${r.jekyllRefused} sites Jekyll refused, ${r.jekyllUnfaithful} posts Jekyll's own output fails the measure`)

  let failed = r.found.length > 0
  if (expectFile !== undefined) {
    const listed: unknown = JSON.parse(readFileSync(expectFile, 'utf8'))
    const pending = new Set(Array.isArray(listed) ? listed.filter((c): c is string => typeof c === 'string') : [])
    const fresh = [...classes.keys()].filter((k) => !pending.has(k))
    const gone = [...pending].filter((k) => !classes.has(k))
    for (const k of fresh) console.log(`✗ new class (not in ${expectFile}): ${k}`)
    for (const k of gone) console.log(`✗ listed in ${expectFile} but no longer found: remove it: ${k}`)
    failed = fresh.length > 0 || gone.length > 0
  }
  rmSync(r.work, { recursive: true, force: true })
  return failed ? 1 : 0
}
