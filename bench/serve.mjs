// A static server for the benchmark that counts what it sends. Text files (JS, JSON, HTML) are sent
// gzip-compressed, as any static host does; Pagefind's own files are already compressed and are sent
// as they are. `sent()` is the number of response-body bytes since the last `reset()`.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TEXT = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' }

export function startServer(dir, port) {
  const root = resolve(dir)
  const gzipped = new Map()
  let bytes = 0
  let requests = []
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const target = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''), path.endsWith('/') ? 'index.html' : '')
    let body
    try {
      body = await readFile(target)
    } catch {
      res.writeHead(404).end()
      return
    }
    const type = TEXT[extname(target)]
    const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'public, max-age=3600' }
    if (type && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(target)) gzipped.set(target, gzipSync(body, { level: 9 }))
      body = gzipped.get(target)
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = body.length
    bytes += body.length
    requests.push({ path, bytes: body.length })
    res.writeHead(200, headers).end(body)
  })
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${port}`,
    reset() { bytes = 0; requests = [] },
    sent: () => ({ bytes, requests: [...requests] }),
    close: () => new Promise((closed) => server.close(closed)),
  })))
}
