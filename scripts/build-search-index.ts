// Writes the search index into public/search/ (served by `next dev`, copied into out/ by `next build`).
// Run after the content step: `npm run search-index` (a step of `npm run build`, listed in scripts/steps.mjs).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { getSearchRecords } from '../lib/search/build/records'
import { buildSearchFiles, DEFAULT_SETTINGS } from '../lib/search/build/search-files'
import { buildSectionCache } from '../lib/search/build/section-cache'
import { routes } from '../lib/routes'

// The folder the search index is served from, under public/.
const outDir = join(process.cwd(), 'public', routes.searchIndexFile(''))
const started = Date.now()
const records = getSearchRecords()
const sections = buildSectionCache(process.cwd())
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
  `Search index: ${records.length} posts (${sections.hits()} split before), ${files.length} files (${shards} shards), ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip, build ${manifest.build}, ${Date.now() - started} ms → public/search/`,
)
