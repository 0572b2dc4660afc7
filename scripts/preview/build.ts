// Every build: writes the content manifest into public/_pressroom/ (copied into the export by `next build`).
// A preview build also compares its posts with the base's and writes .pressroom/changes.json for the banner,
// the changes page and each changed post's diff; a production build removes that file.
// Run after `contentlayer2 build`:  tsx --tsconfig scripts/tsconfig.tsx.json scripts/preview/build.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { resolveDeployEnv } from '../../lib/deploy.mjs'
import { buildChanges, CHANGES_FILE, changeCounts, type PreviewChanges } from '../../lib/preview/changes'
import { MANIFEST_DIR, type Manifest } from '../../lib/preview/manifest'
import { baseRef, productionManifestUrl } from './base-ref.mjs'
import { fetchProductionBase } from './fetch-base'
import { branchPoint, buildGitBase, resolveCommit } from './git-base'
import { writeManifest } from './manifest-files'

const started = Date.now()
const deploy = resolveDeployEnv(process.env)
const head = writeManifest(join('public', MANIFEST_DIR))
console.log(`Content manifest: ${head.manifest.posts.length} posts → public/${MANIFEST_DIR}/`)

if (!deploy.isPreview) {
  rmSync(CHANGES_FILE, { force: true })
} else {
  const changes = await previewChanges(head.manifest, (hash) => head.texts.get(hash) ?? '')
  mkdirSync(dirname(CHANGES_FILE), { recursive: true })
  writeFileSync(CHANGES_FILE, JSON.stringify(changes))
  if (changes.status === 'compared') {
    const counts = changeCounts(changes)
    const against = changes.base.kind === 'git' ? `${changes.base.ref} (${changes.base.commit.slice(0, 7)})` : changes.base.url
    console.log(`Preview changes against ${against}: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed (${Date.now() - started} ms)`)
  } else {
    console.warn(`Preview changes unknown: ${changes.reason}`)
  }
}

async function previewChanges(headManifest: Manifest, headText: (hash: string) => string): Promise<PreviewChanges> {
  const notes: string[] = []
  const { ref, repo } = baseRef(process.env, process.cwd())
  const commit = resolveCommit(repo, ref)
  if (commit) {
    try {
      const point = repo === process.cwd() ? branchPoint(repo, commit) : commit
      const base = buildGitBase(repo, point)
      return await buildChanges({ kind: 'git', ref, commit: point }, base.manifest, headManifest, async (side, post) => (side === 'base' ? base.text(post.hash) : headText(post.hash)))
    } catch (error) {
      notes.push(`the base ${ref} did not build (${error instanceof Error ? error.message : String(error)})`)
    }
  } else {
    notes.push(`this clone has no ${ref}`)
  }
  if (deploy.siteUrl) {
    const url = productionManifestUrl(deploy.siteUrl)
    try {
      const base = await fetchProductionBase(url)
      return await buildChanges({ kind: 'production', url: deploy.siteUrl }, base.manifest, headManifest, async (side, post) => (side === 'base' ? base.text(post) : headText(post.hash)))
    } catch (error) {
      notes.push(`production's manifest could not be read (${error instanceof Error ? error.message : String(error)})`)
    }
  } else {
    notes.push('no SITE_URL to fetch production’s manifest from')
  }
  return { status: 'unavailable', reason: notes.join('; ') }
}
