import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The demo blog the engine ships in content/, each file with the SHA-256 of the bytes shipped. An import
 * makes the blog the team's: these go first, so the old site's posts and settings are not mixed with the
 * demo's (its post as "Previous post", its About link, its title). A file is removed only if its bytes are
 * still those shipped: one the team edited, or any file not listed here, is never touched. Keep this list
 * in step with content/ whenever the demo changes.
 */
export const DEMO_FILES: readonly { path: string; sha256: string }[] = [
  { path: 'posts/2016-06-20-container-days-in-boston.md', sha256: '4525660f76208e61bbf48ceb2a2f7f63773829a4a52fc1c2f28c34e84155696d' },
  { path: 'pages/about.md', sha256: 'a86c03999dd15a17615a6894c4c118c68befc98d0402bbc6e0e96a754f247758' },
  { path: 'authors/dale-ragan.yml', sha256: '3bfe11b64afdf920429ad4205df77fa4be4b682378ffdb860988550dae267768' },
  { path: 'link-allowlist.txt', sha256: '56e045e12b4cac680effef14087a5ea7992a5f2895f0eb93e68aa18e43c5b5f1' },
  { path: 'site.json', sha256: 'e645d58973230731390361e4569687ee5d56620cf595e92ddf935a2b9945c644' },
]

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Removes the demo files still as shipped from `contentDir`, and folders they leave empty; returns what went. */
export function removeDemoFiles(contentDir: string): string[] {
  const removed: string[] = []
  for (const { path, sha256: shipped } of DEMO_FILES) {
    const file = join(contentDir, path)
    if (!existsSync(file) || sha256(readFileSync(file)) !== shipped) continue
    rmSync(file)
    removed.push(path)
    const folder = dirname(file)
    if (folder !== contentDir && readdirSync(folder).length === 0) rmdirSync(folder)
  }
  return removed
}
