// Builds both engines' static files for one corpus and reports their sizes.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { walkFiles } from '../lib/files/walk.mjs'
import { buildSearchFiles } from '../lib/search/build/search-files.ts'
import { percentile } from './lib/stats.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')

const gz = (text) => gzipSync(text, { level: 9 }).length


/** Pressroom: buildSearchFiles on the records (timed), its files written under <dir>/pressroom/search/. */
export async function buildPressroom(dir) {
  const records = JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8'))
  const started = performance.now()
  const { files, manifest } = buildSearchFiles(records)
  const buildMs = performance.now() - started
  const site = join(dir, 'pressroom')
  rmSync(site, { recursive: true, force: true })
  const sizes = { raw: 0, gzip: 0, shards: [], manifest: undefined, files: files.length }
  for (const file of files) {
    const path = join(site, 'search', file.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, file.contents)
    const size = { raw: Buffer.byteLength(file.contents), gzip: gz(file.contents) }
    sizes.raw += size.raw
    sizes.gzip += size.gzip
    if (file.path.startsWith('s/')) sizes.shards.push(size)
    if (file.path === 'manifest.json') sizes.manifest = size
  }
  await bundlePressroom(site)
  return { buildMs, shardCount: manifest.shards.length, sizes: summarize(sizes) }
}

function summarize({ raw, gzip, shards, manifest, files }) {
  const of = (key) => shards.map((shard) => shard[key])
  return {
    files, raw, gzip, manifest,
    shards: { count: shards.length, rawP50: percentile(of('raw'), 50), rawP95: percentile(of('raw'), 95), gzipP50: percentile(of('gzip'), 50), gzipP95: percentile(of('gzip'), 95), gzipMax: Math.max(...of('gzip')) },
  }
}

/** The harness page plus client and worker bundled (minified, as production would ship them). */
async function bundlePressroom(site) {
  const common = { bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, logLevel: 'error' }
  const client = await build({ ...common, entryPoints: [join(here, 'harness', 'pressroom.mjs')] })
  const worker = await build({ ...common, entryPoints: [join(root, 'lib', 'search', 'worker', 'search.worker.ts')] })
  const clientJs = client.outputFiles[0].text
  const workerUrl = '../worker/search.worker.ts'
  if (!clientJs.includes(workerUrl)) throw new Error(`bench: the client bundle no longer names ${workerUrl}; update bench/engines.mjs`)
  // Next's bundler rewrites new URL('../worker/search.worker.ts', import.meta.url) to the worker chunk; so does this.
  writeFileSync(join(site, 'engine.js'), clientJs.replaceAll(workerUrl, './search.worker.js'))
  writeFileSync(join(site, 'search.worker.js'), worker.outputFiles[0].text)
  copyFileSync(join(here, 'harness', 'index.html'), join(site, 'index.html'))
  return { client: gz(clientJs), worker: gz(worker.outputFiles[0].text) }
}

/** Pagefind: its CLI over the static pages (timed); what it writes, by kind. */
export function buildPagefind(dir) {
  const site = join(dir, 'site')
  const bin = join(root, 'node_modules', '.bin', 'pagefind')
  rmSync(join(site, 'pagefind'), { recursive: true, force: true })
  const started = performance.now()
  const log = execFileSync(bin, ['--site', site], { encoding: 'utf8' })
  const buildMs = performance.now() - started
  copyFileSync(join(here, 'harness', 'index.html'), join(site, 'index.html'))
  copyFileSync(join(here, 'harness', 'pagefind.mjs'), join(site, 'engine.js'))
  const kinds = {}
  for (const { full: path } of walkFiles(join(site, 'pagefind'))) {
    const name = relative(join(site, 'pagefind'), path)
    const kind = name.split('/')[0].includes('.') ? name.replace(/^.*\./, '.') : `${name.split('/')[0]}/`
    const bytes = statSync(path).size
    const entry = (kinds[kind] ??= { files: 0, bytes: 0, gzip: 0, sizes: [] })
    entry.files++
    entry.bytes += bytes
    entry.gzip += /\.(js|css|json)$/.test(name) ? gz(readFileSync(path)) : bytes
    entry.sizes.push(bytes)
  }
  const total = Object.values(kinds).reduce((sum, kind) => ({ bytes: sum.bytes + kind.bytes, gzip: sum.gzip + kind.gzip, files: sum.files + kind.files }), { bytes: 0, gzip: 0, files: 0 })
  const index = kinds['index/']?.sizes ?? []
  return { buildMs, log: log.trim().split('\n').slice(-4).join(' | '), total, kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, { files: v.files, bytes: v.bytes, gzip: v.gzip }])), indexChunks: { count: index.length, p50: percentile(index, 50), p95: percentile(index, 95) } }
}
