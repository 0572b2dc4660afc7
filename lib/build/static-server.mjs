// A small static server for the exported site, as a static host serves it: folders answer with their
// index.html, a path under the base path that matches nothing gets 404.html with status 404. With `gzip`
// it compresses text responses as real static hosts do, so the page benchmark measures realistic transfers.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

async function file(path) {
  try {
    const info = await stat(path)
    return info.isFile() ? path : undefined
  } catch {
    return undefined
  }
}

/** The file a URL path names inside `root`, following static hosts' folder/index.html rule. */
async function lookup(root, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const target = join(root, relative)
  if (!target.startsWith(root)) return undefined
  if (urlPath.endsWith('/')) return file(join(target, 'index.html'))
  return (await file(target)) ?? (await file(join(target, 'index.html'))) ?? (await file(`${target}.html`))
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.xml', '.svg'])

function send(req, res, status, path, compress) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream'
  const gzip = compress && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  if (!gzip) {
    res.writeHead(status, { 'content-type': type })
    createReadStream(path).pipe(res)
    return
  }
  res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
  createReadStream(path).pipe(createGzip()).pipe(res)
}

/**
 * Serves `dir` on 127.0.0.1:`port`, under `base` (a path like /pressroom/pr-preview/pr-42, or '').
 * @param {{ dir: string, port: number, base: string, gzip: boolean }} options
 */
export function serveStatic(options) {
  const root = resolve(options.dir)
  const base = options.base.replace(/\/+$/, '')
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (base && url.pathname === base) {
      res.writeHead(308, { location: `${base}/` }).end()
      return
    }
    if (base && !url.pathname.startsWith(`${base}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path')
      return
    }
    const found = await lookup(root, url.pathname.slice(base.length))
    if (found) {
      // A folder asked for without its slash is redirected, as static hosts do.
      if (!url.pathname.endsWith('/') && found.endsWith('index.html') && !url.pathname.endsWith('index.html')) {
        res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end()
        return
      }
      send(req, res, 200, found, options.gzip)
      return
    }
    const notFound = await file(join(root, '404.html'))
    if (notFound) send(req, res, 404, notFound, options.gzip)
    else res.writeHead(404).end('Not found')
  }).listen(options.port, '127.0.0.1', () => {
    console.log(`Serving ${root} at http://127.0.0.1:${options.port}${base}/`)
  })
}
