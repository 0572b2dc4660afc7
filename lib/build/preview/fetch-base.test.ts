import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildManifest } from '../../preview/manifest'
import { fetchProductionBase } from './fetch-base'

// A stand-in production site serving a manifest under a base path, with one text tampered with.
const { manifest, texts } = buildManifest([
  { url: '/a/', slug: 'a', title: 'A', date: '2020-01-01T00:00:00.000Z', tags: [], draft: false, html: '<p>first text</p>' },
  { url: '/b/', slug: 'b', title: 'B', date: '2020-01-01T00:00:00.000Z', tags: [], draft: false, html: '<p>second text</p>' },
])
const [first, second] = manifest.posts
const requested: string[] = []
let server: Server
let root = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '')
    const path = request.url ?? ''
    if (path === '/blog/_pressroom/manifest.json') return response.end(JSON.stringify(manifest))
    if (first && path === `/blog/_pressroom/${first.text}`) return response.end(texts.get(first.hash))
    if (second && path === `/blog/_pressroom/${second.text}`) return response.end('tampered')
    response.statusCode = 404
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blog`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('fetchProductionBase', () => {
  it('reads the manifest and fetches only the texts asked for, relative to it', async () => {
    const base = await fetchProductionBase(`${root}/_pressroom/manifest.json`)
    expect(base.manifest).toEqual(manifest)
    if (!first) throw new Error('no first post')
    expect(await base.text(first)).toBe('first text')
    expect(requested).toEqual(['/blog/_pressroom/manifest.json', `/blog/_pressroom/${first.text}`])
  })

  it('refuses a text that does not match its hash', async () => {
    const base = await fetchProductionBase(`${root}/_pressroom/manifest.json`)
    if (!second) throw new Error('no second post')
    await expect(base.text(second)).rejects.toThrow(/does not match the hash/)
  })

  it('names the URL when production has no manifest', async () => {
    await expect(fetchProductionBase(`${root}/missing/manifest.json`)).rejects.toThrow(/missing\/manifest\.json answered 404/)
  })
})
