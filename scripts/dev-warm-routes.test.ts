import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POSTS_FILE } from '../lib/content/post-store'
import { routeWarmer } from './dev-warm-routes'

describe("keeping next dev's post pages fresh", () => {
  const asked: string[] = []
  let server: Server
  let origin = ''
  const root = mkdtempSync(join(tmpdir(), 'warm-'))
  const store = join(root, '.pressroom', 'posts')
  const storePosts = (posts: { url: string; isDraft: boolean }[]) => writeFileSync(join(store, POSTS_FILE), JSON.stringify(posts))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

  beforeAll(async () => {
    mkdirSync(store, { recursive: true })
    server = createServer((request, response) => {
      asked.push(request.url ?? '')
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

  it('asks for a published post when the posts first show and whenever their URLs change, not after every edit', async () => {
    const warm = routeWarmer(root, origin)
    storePosts([{ url: '/2021/01/01/draft/', isDraft: true }, { url: '/2021/01/02/a/', isDraft: false }])
    warm()
    await settle()
    expect(asked).toEqual(['/2021/01/02/a/'])
    // An edit that leaves every URL as it was: nothing to refresh.
    warm()
    await settle()
    expect(asked).toHaveLength(1)
    storePosts([{ url: '/2021/01/02/a/', isDraft: false }, { url: '/2021/01/03/new/', isDraft: false }])
    warm()
    await settle()
    expect(asked).toEqual(['/2021/01/02/a/', '/2021/01/02/a/'])
  })

  it('asks nothing without an origin', async () => {
    const before = asked.length
    routeWarmer(root, undefined)()
    await settle()
    expect(asked).toHaveLength(before)
  })
})
