import { relative, sep } from 'node:path'
import { watch } from 'chokidar'

/**
 * What changed in the content folder over one short pause: the post and draft files alone (`posts` —
 * each is prepared by itself), or `everything` (authors, pages, folders, settings: all is prepared again);
 * `siteWide` when includes, data or site.json changed, which change how every post renders.
 */
export type ContentChange = { posts: string[]; everything: boolean; siteWide: boolean }

const SITE_WIDE = /^(_includes|_data)\/|^site\.json$/
const POST_FILE = /^(posts|drafts)\/.*\.[^/]+$/
/** Changes closer together than this are one change (an editor's save is often a write and a rename). */
const PAUSE_MS = 50

/** Sorts one changed path (relative to the content folder, `/`-separated) into a pending change. */
export function addChange(change: ContentChange, file: string): void {
  if (SITE_WIDE.test(file)) change.siteWide = true
  if (POST_FILE.test(file)) {
    if (!change.posts.includes(file)) change.posts.push(file)
  } else change.everything = true
}

/**
 * The content file a watched path is (relative to the content folder, `/`-separated), or undefined for an
 * editor's own files (temporary files before a rename, vim's 4913 probe, backups), which are no content;
 * neither is any dotfile for Jekyll.
 */
export function contentFileOf(dir: string, path: string): string | undefined {
  const file = relative(dir, path).split(sep).join('/')
  return file === '' || /(^|\/)(\.[^/]*|4913|[^/]*~)$/.test(file) ? undefined : file
}

/**
 * Watches `dir` for good with chokidar, which follows a file an editor replaces by renaming a temporary
 * file over it, files deleted and written again, and folders made after the start (Node 20's recursive
 * fs.watch loses a file after the first rename over it). Calls `onChange` once per pause in the changes.
 */
export function watchContent(dir: string, onChange: (change: ContentChange) => void): { close: () => Promise<void>; ready: Promise<void> } {
  const watcher = watch(dir, { ignoreInitial: true, atomic: true })
  let pending: ContentChange = { posts: [], everything: false, siteWide: false }
  let timer: NodeJS.Timeout | undefined
  watcher.on('all', (_event, path) => {
    const file = contentFileOf(dir, path)
    if (file === undefined) return
    addChange(pending, file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const change = pending
      pending = { posts: [], everything: false, siteWide: false }
      onChange(change)
    }, PAUSE_MS)
  })
  watcher.on('error', (error) => {
    console.error(`✗ watching ${dir}: ${error instanceof Error ? error.message : String(error)}`)
  })
  return { close: () => watcher.close(), ready: new Promise((resolve) => watcher.once('ready', () => resolve())) }
}
