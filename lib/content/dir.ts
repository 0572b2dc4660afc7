import { isAbsolute, join, relative, resolve, sep } from 'node:path'

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

/**
 * The content folder as a path in the repository (`content`, `test/site`), `/`-separated: where "Edit this
 * post" opens a post, and what a preview takes from the base commit. A folder outside the project has none.
 */
export function contentFolderInRepo(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string | undefined {
  const folder = relative(root, contentDir(root, env))
  if (folder === '' || folder.startsWith('..') || isAbsolute(folder)) return undefined
  return folder.split(sep).join('/')
}
