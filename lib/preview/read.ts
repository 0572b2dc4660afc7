import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isPreview } from '../urls/paths'
import { getPosts } from '../posts'
import { CHANGES_FILE, CHANGES_PATH, isPreviewChanges, type ChangedEntry, type PreviewChanges } from './changes'

let cache: PreviewChanges | undefined

/**
 * The preview's changes, for the banner, the changes page and the post pages; undefined on production,
 * which carries none of it. A preview built without the build step that compares (as under `next dev`)
 * says so rather than showing nothing.
 */
export function getPreviewChanges(): PreviewChanges | undefined {
  if (!isPreview) return undefined
  cache ??= readChanges(join(process.cwd(), CHANGES_FILE))
  return cache
}

function readChanges(file: string): PreviewChanges {
  if (!existsSync(file)) return { status: 'unavailable', reason: `${CHANGES_FILE} was not written: build with \`npm run build\`, which compares the preview with its base` }
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!isPreviewChanges(value)) throw new Error(`${CHANGES_FILE} is not a Pressroom changes file. Fix: rebuild with \`npm run build\``)
  return value
}

/** What changed in the post now at `url`, if anything did. */
export function getPostChanges(url: string): ChangedEntry | undefined {
  const changes = getPreviewChanges()
  return changes?.status === 'compared' ? changes.changed.find((change) => change.after.url === url) : undefined
}

/** True when `url` is the added post of this preview. */
export function isAddedPost(url: string): boolean {
  const changes = getPreviewChanges()
  return changes?.status === 'compared' && changes.added.some((post) => post.url === url)
}

/** The changes page's path segments, when this build has the page (previews only). */
export function changesPagePaths(): string[][] {
  if (!isPreview) return []
  const clash = getPosts().find((post) => post.url === CHANGES_PATH)
  if (clash) throw new Error(`The post "${clash.title}" has the URL ${CHANGES_PATH}, which previews use for their changes page. Fix: give the post another permalink`)
  return [CHANGES_PATH.split('/').filter(Boolean)]
}

export function isChangesPage(segments: readonly string[]): boolean {
  return isPreview && `/${segments.join('/')}/` === CHANGES_PATH
}
