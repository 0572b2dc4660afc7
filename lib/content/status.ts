import status from '../../.content/status.json'
import { problemsOf, statusError } from './status-file'

/**
 * Throws the standing content error, if any (see lib/content/status-file.ts). lib/posts.ts calls it before
 * every read, so under `next dev` a broken post replaces the open page with Next's error overlay naming
 * the file, the field and the fix, instead of leaving the last good page on screen; and because this
 * module imports the status file, fixing the post re-renders the page.
 */
export function assertContentReady(): void {
  const error = statusError(problemsOf(status))
  if (error) throw error
}
