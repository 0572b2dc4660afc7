import { isAbsolute, join, resolve } from 'node:path'

/**
 * Where the authors' files live: `content/` in the project, unless `PRESSROOM_CONTENT_DIR` names another
 * folder (the dev benchmark and the dev-loop test point it at a scratch copy, so the repository's posts
 * are never edited). The one place the content folder is configured; everything that reads it asks here.
 */
export function contentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  const chosen = env.PRESSROOM_CONTENT_DIR?.trim()
  if (!chosen) return join(root, 'content')
  return isAbsolute(chosen) ? chosen : resolve(root, chosen)
}
