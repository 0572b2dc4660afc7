import status from '../../.content/status.json'
import { contentDir } from './dir'
import { problemsOf, statusError } from './status-file'

/**
 * Throws the standing content error, if any (see lib/content/status-file.ts). lib/posts.ts calls it before
 * every read, so under `next dev` a broken post replaces the open page with Next's error overlay naming
 * the file, the field and the fix, instead of leaving the last good page on screen; and because this
 * module imports the status file, fixing the post re-renders the page.
 */
export function assertContentReady(): void {
  // Only the dev server's pages: the dev loop's search index rebuild reads the last good store while a
  // problem stands, and a build's status is empty.
  if (process.env.NODE_ENV !== 'development') return
  const error = statusError(problemsOf(status), contentDir())
  if (error) throw error
}
