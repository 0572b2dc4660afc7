import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runBatch, type Kind } from './batch'
import type { Project } from './pressroom-side'
import { renderConfig, renderSite, type BatchConfig, type GenPost, type GenSite } from './site'

/**
 * Shrinking a site that disagrees, to the least that still shows the same kind of disagreement.
 * fast-check's shrinker tries one candidate at a time, and each try here is a whole Jekyll and Pressroom
 * build (20 s and more); so every one-step reduction of the site is built side by side in one batch,
 * the first that still fails is kept, and the next round starts from it.
 */
const without = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i)

const SIMPLE_NAME = { place: { kind: 'posts' }, date: '2020-01-02', slug: 'alpha', ext: '.md' } as const

/** Big cuts first (no front matter, one entry only, first paragraph only, a plain name), then single steps. */
function postReductions(p: GenPost): GenPost[] {
  const out: GenPost[] = []
  if (p.entries.length > 0) out.push({ ...p, entries: [] })
  if (p.entries.length > 1) p.entries.forEach((e) => out.push({ ...p, entries: [e] }))
  if (p.body.length > 1) out.push({ ...p, body: p.body.slice(0, 1) })
  if (JSON.stringify(p.name) !== JSON.stringify(SIMPLE_NAME)) out.push({ ...p, name: SIMPLE_NAME })
  p.entries.forEach((_, i) => out.push({ ...p, entries: without(p.entries, i) }))
  p.body.forEach((_, i) => {
    if (i > 0) out.push({ ...p, body: without(p.body, i) })
  })
  if (p.flow) out.push({ ...p, flow: false })
  const { name } = p
  if (name.place.kind !== 'posts') out.push({ ...p, name: { ...name, place: { kind: 'posts' } } })
  if (name.ext !== '.md') out.push({ ...p, name: { ...name, ext: '.md' } })
  if (name.slug !== 'alpha') out.push({ ...p, name: { ...name, slug: 'alpha' } })
  if (name.date !== '2020-01-02') out.push({ ...p, name: { ...name, date: '2020-01-02' } })
  return out
}

/** Every one-step reduction of a site, the largest cuts first (one post alone, no data), then single steps. */
export function reductions(s: GenSite): GenSite[] {
  const out: GenSite[] = []
  if (s.posts.length > 1) s.posts.forEach((p) => out.push({ ...s, posts: [p] }))
  if (s.data.length > 1) out.push({ ...s, data: [] })
  if (s.posts.length > 2) s.posts.forEach((_, j) => out.push({ ...s, posts: without(s.posts, j) }))
  s.data.forEach((_, k) => out.push({ ...s, data: without(s.data, k) }))
  if (s.permalink !== undefined) out.push({ posts: s.posts, data: s.data })
  s.posts.forEach((p, j) => {
    for (const smaller of postReductions(p)) out.push({ ...s, posts: s.posts.map((q, i) => (i === j ? smaller : q)) })
  })
  return out
}

export function shrinkSite(config: BatchConfig, start: GenSite, kind: Kind, work: string, project: Project, log: (line: string) => void, rounds = 8): GenSite {
  let current = start
  for (let round = 0; round < rounds; round++) {
    const candidates = reductions(current)
    if (candidates.length === 0) break
    const dir = join(work, `shrink-${round}`)
    mkdirSync(dir, { recursive: true })
    const r = runBatch(config, candidates, dir, project, kind === 'import fails' || kind === 'build fails at content')
    rmSync(dir, { recursive: true, force: true })
    const failing = new Set(r.disagreements.filter((d) => d.kind === kind).map((d) => d.site))
    const next = candidates.findIndex((_, i) => failing.has(i))
    const chosen = candidates[next]
    log(`  shrink round ${round + 1}: ${candidates.length} candidates, ${failing.size} still fail`)
    if (chosen === undefined) break
    current = chosen
  }
  return current
}

/** A site as the files a person would write to see the disagreement again. */
export function showSite(config: BatchConfig, s: GenSite): string {
  const { files, defaults } = renderSite(s, 'fz0')
  const all = [{ path: '_config.yml', text: renderConfig(config, defaults) }, ...files]
  return all.map((f) => `  ── ${f.path}\n${f.text.replace(/\n$/, '').split('\n').map((l) => `  │ ${l}`).join('\n')}`).join('\n')
}
