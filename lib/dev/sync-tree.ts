import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/**
 * Makes the files under `to` those under `from`, writing only files whose bytes differ (each through a
 * temporary file and a rename, so a reader never finds one missing or half written) and removing files
 * `from` no longer has. For the dev loop: Contentlayer rewrites every generated file on each change, and
 * `next dev` recompiles whatever it sees written; this hands it only what changed.
 */
export function syncTree(from: string, to: string): { written: string[]; removed: string[] } {
  const wanted = new Set(files(from))
  const written: string[] = []
  const removed: string[] = []
  for (const rel of wanted) {
    const bytes = readFileSync(join(from, rel))
    const target = join(to, rel)
    if (existsSync(target) && statSync(target).size === bytes.length && readFileSync(target).equals(bytes)) continue
    mkdirSync(dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.tmp`
    writeFileSync(temporary, bytes)
    renameSync(temporary, target)
    written.push(rel)
  }
  for (const rel of files(to)) {
    if (wanted.has(rel)) continue
    rmSync(join(to, rel))
    removed.push(rel)
  }
  return { written, removed }
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}
