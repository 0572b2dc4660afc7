// Broken-link check for the exported site: every internal link and local asset a page references must
// exist in the export (and every #fragment on its page), except the targets in the content folder's link-allowlist.txt.
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import { normalizeBasePath } from '../../deploy/env.mjs'
import { linksInside, walkFiles } from '../../files/walk.mjs'
import { applyAllowlist, parseAllowlist } from './allowlist.mjs'
import { findBrokenLinksIn } from './check.mjs'
import { readAllPageLinks } from './read-pages.mjs'
import { stripBasePath } from './resolve.mjs'

const TSCONFIG = 'scripts/tsconfig.tsx.json'

/**
 * Checks the export in `dir`, served under `base`, printing what it finds; the exit code: 0 when every
 * link holds and no allowlist entry is stale, else 1.
 * @param {{ dir: string, base: string }} options
 * @returns {Promise<number>}
 */
export async function checkExportLinks(options) {
  // The blog's own list, kept with its posts (content/link-allowlist.txt; the engine's tests: test/site/'s):
  // an entry names a post's missing file, so it belongs with the post, not with the engine. Optional.
  const { contentDir } = await tsImport('../../content/dir.ts', { parentURL: import.meta.url, tsconfig: TSCONFIG })
  const allowlistFile = relative(process.cwd(), join(contentDir(), 'link-allowlist.txt'))
  const dir = options.dir
  const basePath = normalizeBasePath(options.base)

  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`✗ ${dir}/index.html does not exist: build the site first (npm run build), or pass --dir with the export folder.`)
    return 1
  }
  const files = [...walkFiles(dir, { link: linksInside(dir) })].map((file) => file.rel)
  const htmlFiles = files.filter((file) => file.endsWith('.html'))
  const links = await readAllPageLinks(dir, htmlFiles)

  const problems = findBrokenLinksIn({ links, files: new Set(files), basePath })
  const { failures, excused, stale } = applyAllowlist(problems, parseAllowlist(existsSync(allowlistFile) ? readFileSync(allowlistFile, 'utf8') : '', allowlistFile))
  const sources = await postSources()
  const where = (/** @type {string} */ page) => {
    const source = sources.get(stripBasePath(page, basePath) ?? '')
    return source ? `${page} (${source})` : page
  }

  console.log(`Link check: ${links.size} pages in ${dir}${basePath ? ` under ${basePath}` : ''}`)
  for (const [target, group] of groupBy(excused, (p) => p.target)) {
    console.log(`  allowed by ${allowlistFile}: ${target}, on ${[...new Set(group.map((p) => p.page))].join(', ')}`)
  }
  if (failures.length > 0) {
    const groups = groupBy(failures, (p) => `${p.target}: ${p.reason}`)
    console.error(`\n✗ ${groups.size} broken ${groups.size === 1 ? 'target' : 'targets'}:`)
    for (const [title, group] of groups) {
      console.error(`  ${title}`)
      for (const [line, same] of groupBy(group, (p) => `${p.reference} on ${where(p.page)}`)) {
        console.error(`    ${line}${same.length > 1 ? ` (${same.length} times)` : ''}`)
      }
    }
    console.error(`\nFix the link in the page or post named, add the missing file, or (if it cannot be fixed) list the target in ${allowlistFile} with a comment saying why.`)
  }
  // A stale entry fails the check too: left in place, it would silently excuse the same target if it broke again.
  for (const entry of stale) {
    console.error(`✗ ${allowlistFile}:${entry.line}: ${entry.target} is no longer missing from any page; remove this entry.`)
  }
  if (failures.length > 0 || stale.length > 0) return 1
  console.log('✓ No broken internal links')
  return 0
}

/**
 * @template T
 * @param {readonly T[]} items
 * @param {(item: T) => string} key
 */
function groupBy(items, key) {
  /** @type {Map<string, T[]>} */
  const groups = new Map()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/**
 * Post URL (without base path) → its Markdown file, asked of the content module (lib/posts.ts).
 * Optional: without built content, problems name the page URL alone.
 */
async function postSources() {
  /** @type {Map<string, string>} */
  const byUrl = new Map()
  /** @type {{ getPostFiles: () => Map<string, string> }} */
  let posts
  try {
    posts = await tsImport('../../posts.ts', { parentURL: import.meta.url, tsconfig: TSCONFIG })
  } catch (error) {
    // Only content that was never built (no `.contentlayer/generated` for the alias to find) is excused.
    const notBuilt = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && /'contentlayer'|\.contentlayer/.test(error.message)
    if (!notBuilt) throw error
    console.log('  (content not built: problems name the page alone; run `npm run content` to name the post file too)')
    return byUrl
  }
  // Named as in the repository: content/posts/…, or test/site/posts/… for the engine's test builds.
  const { contentFolderInRepo } = await tsImport('../../content/dir.ts', { parentURL: import.meta.url, tsconfig: TSCONFIG })
  const folder = contentFolderInRepo() ?? 'content'
  for (const [url, file] of posts.getPostFiles()) byUrl.set(url, `${folder}/${file}`)
  return byUrl
}
