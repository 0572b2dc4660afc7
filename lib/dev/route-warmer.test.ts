import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POSTS_FILE } from '../content/post-store'
import { routeWarmer } from './route-warmer'

describe("keeping next dev's post pages fresh", () => {
  const asked: string[] = []
  let server: Server
  let origin = ''
  const root = mkdtempSync(join(tmpdir(), 'warm-'))
  const store = join(root, '.pressroom', 'posts')
  const storePosts = (posts: { url: string; isDraft: boolean }[]) => writeFileSync(join(store, POSTS_FILE), JSON.stringify(posts))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))

  beforeAll(async () => {
    mkdirSync(store, { recursive: true })
    server = createServer((request, response) => {
      asked.push(request.url ?? '')
      // A new post's route answers 404 until next dev has recomputed its list: here, its first three times.
      response.statusCode = request.url === '/2021/01/03/new/' && asked.filter((url) => url === request.url).length <= 3 ? 404 : 200
      response.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
  })
  afterAll(() => {
    server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('asks for a post when the posts first show, for a new post until it answers, and nothing after an edit that changed no URL', { timeout: 15_000 }, async () => {
    const warm = routeWarmer(root, origin)
    storePosts([{ url: '/2021/01/01/draft/', isDraft: true }, { url: '/2021/01/02/a/', isDraft: false }])
    warm()
    await settle()
    expect(asked.length).toBeGreaterThan(0)
    expect(new Set(asked)).toEqual(new Set(['/2021/01/02/a/']))
    // An edit that leaves every URL as it was: nothing to refresh.
    const first = asked.length
    warm()
    await settle()
    expect(asked).toHaveLength(first)
    storePosts([{ url: '/2021/01/02/a/', isDraft: false }, { url: '/2021/01/03/new/', isDraft: false }])
    warm()
    await settle()
    // The new post, asked again until it answered (the fourth time), then no more.
    const newPost = () => asked.filter((url) => url === '/2021/01/03/new/').length
    expect(asked.slice(first).every((url) => url === '/2021/01/03/new/')).toBe(true)
    expect(newPost()).toBeGreaterThanOrEqual(4)
    const answered = newPost()
    await settle()
    expect(newPost()).toBe(answered)
  })

  it('asks nothing without an origin', async () => {
    const before = asked.length
    routeWarmer(root, undefined)()
    await settle()
    expect(asked).toHaveLength(before)
  })
})
