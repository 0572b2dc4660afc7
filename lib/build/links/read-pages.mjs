// @ts-check
// Reads every exported page's links in worker threads, one per core: parsing 15,000 pages' HTML is most
// of the link check's time, and each page parses on its own.
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { shares } from '../shares.mjs'
import { readPageLinks } from './extract.mjs'

/** Fewer pages than this per thread are read faster here than a thread starts. */
const MIN_PAGES_PER_THREAD = 500

/**
 * Each page's links, by its path inside `dir`.
 * @param {string} dir @param {readonly string[]} files
 * @returns {Promise<Map<string, import('./extract.mjs').PageLinks>>}
 */
export async function readAllPageLinks(dir, files) {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_PAGES_PER_THREAD))
  if (threads < 2) return new Map(await readShare(dir, files))
  const read = await Promise.all(
    shares(files, threads).map(
      (share) =>
        /** @type {Promise<[string, import('./extract.mjs').PageLinks][]>} */ (
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: { dir, files: share } })
            worker.once('message', resolve)
            worker.once('error', reject)
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`a link-reading thread stopped (exit ${code})`))
            })
          })
        ),
    ),
  )
  return new Map(read.flat())
}

/** @param {string} dir @param {readonly string[]} files @returns {Promise<[string, import('./extract.mjs').PageLinks][]>} */
async function readShare(dir, files) {
  /** @type {[string, import('./extract.mjs').PageLinks][]} */
  const out = []
  for (const file of files) out.push([file, readPageLinks(await readFile(join(dir, file), 'utf8'))])
  return out
}

if (!isMainThread && parentPort) {
  const { dir, files } = workerData
  parentPort.postMessage(await readShare(dir, files))
}
