// Writes the search index into public/ (served by `next dev`, copied into out/ by `next build`), after the
// content step: `npm run search-index`, a step of `npm run build` (scripts/build-search-index.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { getSearchRecords } from './records'
import { buildSearchFiles, DEFAULT_SETTINGS } from './search-files'
import { buildSectionCache } from './section-cache'
import { routes } from '../../urls/routes'

/** Writes the index of the posts in the content store into `root`'s public/, replacing the last one. */
export function writeSearchIndex(root: string): void {
  // The folder the search index is served from, under public/.
  const outDir = join(root, 'public', routes.searchIndexFile(''))
  const started = Date.now()
  const records = getSearchRecords()
  const sections = buildSectionCache(root)
  const { files, manifest } = buildSearchFiles(records, DEFAULT_SETTINGS, sections.of)
  sections.save()

  // Files from an earlier build are removed so the folder holds exactly what this manifest lists.
  rmSync(outDir, { recursive: true, force: true })
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const path = join(outDir, file.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, file.contents)
    raw += Buffer.byteLength(file.contents)
    gzip += gzipSync(file.contents).length
  }
  const shards = manifest.shards.length
  console.log(
    `Search index: ${records.length} posts (${sections.hits()} split before), ${files.length} files (${shards} shards), ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip, build ${manifest.build}, ${Date.now() - started} ms → ${relative(root, outDir)}/`,
  )
}
