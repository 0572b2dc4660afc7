// Reads an exported page and weighs the JavaScript it loads, file by file, as served from `out/`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportPath, gzipBytes, loadedScripts } from './page-scripts.mjs'

/**
 * @param {string} outDir an export folder, e.g. `out`
 * @param {string} page the page's folder inside it, e.g. `/2016/06/20/container-days-in-boston/`
 */
export function measurePageScripts(outDir, page) {
  const htmlFile = join(outDir, page, 'index.html')
  let html
  try {
    html = readFileSync(htmlFile, 'utf8')
  } catch {
    throw new Error(`${htmlFile} is missing: build the site first (npx next build), or fix the page path.`)
  }
  const files = loadedScripts(html).map((url) => {
    const path = join(outDir, exportPath(url))
    const contents = readFileSync(path)
    return { url, rawBytes: contents.length, gzipBytes: gzipBytes(contents) }
  })
  const jsGzipBytes = files.reduce((sum, { gzipBytes: bytes }) => sum + bytes, 0)
  return { page, files, jsGzipBytes, htmlRawBytes: Buffer.byteLength(html), htmlGzipBytes: gzipBytes(html) }
}
