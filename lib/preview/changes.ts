import { comparePosts, type ChangedPost, type RemovedPost } from './compare'
import type { Manifest, ManifestPost } from './manifest'
import { diffTexts, type DiffBlock } from './word-diff'

/**
 * What a preview build knows about its changes, written by `scripts/preview/build.ts` before `next build`
 * and read by the banner, the changes page and each changed post's page. Production builds write none.
 */
export type BaseSource = { kind: 'git'; ref: string; commit: string } | { kind: 'production'; url: string }
export type ChangedEntry = ChangedPost & { diff: DiffBlock[] }
export type PreviewChanges =
  | { status: 'compared'; base: BaseSource; added: ManifestPost[]; changed: ChangedEntry[]; removed: RemovedPost[] }
  | { status: 'unavailable'; reason: string }

/** Where the build leaves it for the pages (not in the export: production must not carry it). */
export const CHANGES_FILE = '.pressroom/changes.json'

/** The site path of the changes page in a preview. */
export const CHANGES_PATH = '/changes/'

/**
 * Compares the head's manifest with the base's; `text(side, post)` gives a post's rendered text, asked for
 * only where the hashes differ (a fetched base downloads only those).
 */
export async function buildChanges(
  base: BaseSource,
  baseManifest: Manifest,
  headManifest: Manifest,
  text: (side: 'base' | 'head', post: ManifestPost) => Promise<string>,
): Promise<PreviewChanges> {
  const { added, changed, removed } = comparePosts(baseManifest.posts, headManifest.posts)
  const withDiffs = await Promise.all(
    changed.map(async (change): Promise<ChangedEntry> => ({
      ...change,
      diff: change.textChanged ? diffTexts(await text('base', change.before), await text('head', change.after)) : [],
    })),
  )
  return { status: 'compared', base, added, changed: withDiffs, removed }
}

/** The counts the banner shows. */
export function changeCounts(changes: Extract<PreviewChanges, { status: 'compared' }>) {
  return { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length }
}

/** Checks the file's outline: it is this build's own output, read back in the same build. */
export function isPreviewChanges(value: unknown): value is PreviewChanges {
  if (typeof value !== 'object' || value === null) return false
  if ('status' in value && value.status === 'unavailable') return 'reason' in value && typeof value.reason === 'string'
  return (
    'status' in value && value.status === 'compared' && 'base' in value && typeof value.base === 'object' &&
    'added' in value && Array.isArray(value.added) && 'changed' in value && Array.isArray(value.changed) &&
    'removed' in value && Array.isArray(value.removed)
  )
}
