// Every build: writes the content manifest into public/_pressroom/ (copied into the export by `next build`).
// A preview build also compares its posts with the base's and writes .pressroom/changes.json for the banner,
// the changes page and each changed post's diff; a production build removes that file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { resolveDeployEnv } from '../../deploy/env.mjs'
import { CHANGES_FILE, changeCounts, type PreviewChanges } from '../../preview/changes'
import { MANIFEST_DIR, type Manifest } from '../../preview/manifest'
import { postCount } from '../../format/text'
import { baseRef, productionManifestUrl } from './base-ref.mjs'
import { fetchProductionBase } from './fetch-base'
import { findChanges } from './find-base'
import { branchPoint, buildGitBase, resolveCommit } from './git-base'
import { writeManifest } from './manifest-files'

/** The manifest and, for a preview, its changes; run after the content step. */
export async function writeManifestAndChanges(): Promise<void> {
  const started = Date.now()
  const deploy = resolveDeployEnv(process.env)
  const head = writeManifest(join('public', MANIFEST_DIR))
  console.log(`Content manifest: ${postCount(head.manifest.posts.length)} → public/${MANIFEST_DIR}/`)

  if (!deploy.isPreview) {
    rmSync(CHANGES_FILE, { force: true })
  } else {
    const changes = await previewChanges(deploy.siteUrl, head.manifest, (hash) => head.texts.get(hash) ?? '')
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
}

async function previewChanges(siteUrl: string | undefined, headManifest: Manifest, headText: (hash: string) => string): Promise<PreviewChanges> {
  const { ref, repo } = baseRef(process.env, process.cwd())
  return findChanges(headManifest, (post) => headText(post.hash), {
    ref,
    gitCommit: () => {
      const commit = resolveCommit(repo, ref)
      return commit && repo === process.cwd() ? branchPoint(repo, commit) : commit
    },
    buildGit: (commit) => {
      const base = buildGitBase(repo, commit)
      return { manifest: base.manifest, text: (post) => base.text(post.hash) }
    },
    siteUrl,
    fetchProduction: (siteUrl) => fetchProductionBase(productionManifestUrl(siteUrl)),
  })
}
