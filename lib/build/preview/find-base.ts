import { buildChanges, type PreviewChanges } from '../../preview/changes'
import type { Manifest, ManifestPost } from '../../preview/manifest'

/** A base to compare with: its manifest and a reader of its texts. */
export type Base = { manifest: Manifest; text: (post: ManifestPost) => Promise<string> | string }

export type BaseFinders = {
  ref: string
  /** The commit to compare with, when the clone has the ref. */
  gitCommit: () => string | undefined
  buildGit: (commit: string) => Base
  /** Production's URL, when the build knows it. */
  siteUrl: string | undefined
  fetchProduction: (siteUrl: string) => Promise<Base>
}

/**
 * The preview's changes against the first base that answers: git, then production's manifest. When neither
 * does, the result says why, in words the banner shows, rather than comparing with nothing.
 */
export async function findChanges(head: Manifest, headText: (post: ManifestPost) => string, finders: BaseFinders): Promise<PreviewChanges> {
  const notes: string[] = []
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
  const commit = finders.gitCommit()
  if (commit) {
    try {
      const base = finders.buildGit(commit)
      return await buildChanges({ kind: 'git', ref: finders.ref, commit }, base.manifest, head, async (side, post) => (side === 'base' ? base.text(post) : headText(post)))
    } catch (error) {
      notes.push(`the base ${finders.ref} did not build (${message(error)})`)
    }
  } else {
    notes.push(`this clone has no ${finders.ref}`)
  }
  if (finders.siteUrl) {
    try {
      const base = await finders.fetchProduction(finders.siteUrl)
      return await buildChanges({ kind: 'production', url: finders.siteUrl }, base.manifest, head, async (side, post) => (side === 'base' ? base.text(post) : headText(post)))
    } catch (error) {
      notes.push(`production's manifest could not be read (${message(error)})`)
    }
  } else {
    notes.push('no SITE_URL to fetch production’s manifest from')
  }
  return { status: 'unavailable', reason: notes.join('; ') }
}
