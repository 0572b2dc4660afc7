import { join, posix } from 'node:path'
import { walkFiles, type Walked } from '../files/walk.mjs'
import { CHANGES_PATH } from '../preview/changes'
import { MANIFEST_DIR } from '../preview/manifest'
import { exportFileOf } from './redirect-page'
import { routes } from './routes'
import { decoded } from './safe-path'

/**
 * Every file the export and the steps around it write into out/ by themselves, read from the code that
 * writes them rather than from a list kept by hand: the routes in app/ (a `route.ts` is a file at its
 * folder's path, a dynamic segment owns its whole folder, metadata files such as `robots.ts` their
 * file), every file in public/ (copied as it is), the folders the data steps write into public/, and
 * what Next writes beside every page. A post, page or redirect that claims one of these would be
 * overwritten by it, or overwrite it, or crash the export naming nothing: it is refused by name first.
 */

/** A path below out/ (no leading `/`), whole folder or one file, and what writes it. */
export type Claim = { path: string; folder: boolean; owner: string }

/** Next's metadata files in app/, and the file each becomes. */
const METADATA: Readonly<Record<string, string>> = { 'robots.ts': 'robots.txt', 'sitemap.ts': 'sitemap.xml', 'manifest.ts': 'manifest.webmanifest' }
const METADATA_FILES = /^(icon|apple-icon|favicon|opengraph-image|twitter-image)\.[a-z]+$/

/** Folders the data steps write into public/ (copied into out/ by `next build`), from their own constants. */
export function stepFolders(): Claim[] {
  return [
    { path: routes.searchIndexFile('').replace(/^\/|\/$/g, ''), folder: true, owner: 'the search index (scripts/build-search-index.ts)' },
    { path: routes.shareImageDir().replace(/^\/|\/$/g, ''), folder: true, owner: 'the share images (scripts/share-images.tsx)' },
    { path: MANIFEST_DIR, folder: true, owner: 'the content manifest (scripts/preview/build.ts)' },
    // Written by the posts' catch-all route in a preview, so no route file shows it.
    { path: CHANGES_PATH.replace(/^\/|\/$/g, ''), folder: true, owner: "a preview's list of changes (lib/preview/changes.ts)" },
    { path: '_redirects', folder: false, owner: "the hosts' redirect rules (lib/old-urls/write.ts)" },
  ]
}

/** The folder a walked entry is in, as segments below the walked folder. */
const folderOf = (entry: Walked) => entry.rel.split('/').slice(0, -1)

function appClaims(dir: string, out: Claim[]): void {
  // A scratch copy of the project that holds only content (the content step's tests) has no routes: nothing is walked.
  const dynamicSegment = (folder: Walked): boolean => {
    if (!/^\[/.test(folder.name)) return false
    const at = folderOf(folder)
    // A dynamic segment owns its parent's folder — but for the top-level catch-all, whose pages are the posts.
    if (at.length > 0) out.push({ path: at.join('/'), folder: true, owner: `app/${folder.rel}/` })
    else if (folder.name !== '[...path]') out.push({ path: '', folder: true, owner: `app/${folder.rel}/` })
    return true
  }
  for (const entry of walkFiles(dir, { enter: (folder) => !dynamicSegment(folder) })) {
    const at = folderOf(entry)
    const { name } = entry
    const file = at.join('/')
    const owner = `app/${entry.rel}`
    if (/^route\.[jt]sx?$/.test(name)) out.push({ path: file, folder: false, owner })
    else if (/^page\.[jt]sx?$/.test(name)) out.push({ path: posix.join(file, 'index.html'), folder: false, owner })
    else if (at.length === 0 && METADATA[name] !== undefined) out.push({ path: METADATA[name], folder: false, owner })
    else if (at.length === 0 && METADATA_FILES.test(name)) out.push({ path: name, folder: false, owner })
    else if (at.length === 0 && /^not-found\.[jt]sx?$/.test(name)) {
      for (const path of ['404.html', '404', '_not-found']) out.push({ path, folder: path !== '404.html', owner })
    }
  }
}

function publicClaims(dir: string, out: Claim[]): void {
  for (const { rel } of walkFiles(dir)) out.push({ path: rel, folder: false, owner: `public/${rel}` })
}

/** What the export writes by itself, in the project at `root`. */
export function exportClaims(root: string): Claim[] {
  const out: Claim[] = [{ path: '_next', folder: true, owner: "Next's scripts and styles" }, ...stepFolders()]
  appClaims(join(root, 'app'), out)
  publicClaims(join(root, 'public'), out)
  return out
}

/** Names Next writes beside every page it exports (`index.txt`, the RSC payload; `__next.*` segment files). */
const BESIDE_EVERY_PAGE = /^(index\.txt|__next\..*)$/i

/** What already writes the file `url` would be exported as, or undefined when it is free. Compared without case, as many hosts do. */
export function claimOf(url: string, claims: readonly Claim[]): string | undefined {
  const file = exportFileOf(url).split('/').map(decoded).join('/').toLowerCase()
  const beside = file.split('/').find((segment) => BESIDE_EVERY_PAGE.test(segment))
  if (beside !== undefined) return `Next's ${beside}, written beside every page`
  for (const claim of claims) {
    const path = claim.path.toLowerCase()
    const under = path === '' || file === path || file.startsWith(`${path}/`)
    if (claim.folder ? under : under || path.startsWith(`${file}/`)) return claim.owner
  }
  return undefined
}

/**
 * Files of a finished export (paths below out/) that neither a claim nor a content URL covers: the claims
 * have drifted from what the export writes (a new kind of file from Next, a step writing into out/), so
 * the collision check would miss a clash there. `contentFiles` are the files content URLs export to.
 */
export function unclaimedFiles(files: readonly string[], claims: readonly Claim[], contentFiles: ReadonlySet<string>): string[] {
  return files.filter((file) => !contentFiles.has(file.toLowerCase()) && claimOf(`/${file}`, claims) === undefined && claimOf(`/${file}/`, claims) === undefined)
}
