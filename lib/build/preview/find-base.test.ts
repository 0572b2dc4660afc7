import { describe, expect, it } from 'vitest'
import { buildManifest } from '../../preview/manifest'
import { findChanges, type Base, type BaseFinders } from './find-base'

const post = (title: string, html: string) => ({ url: '/a/', slug: 'a', title, date: '2020-01-01T00:00:00.000Z', tags: [], draft: false, html })
const head = buildManifest([post('A', '<p>new</p>')])
const headText = (p: { hash: string }) => head.texts.get(p.hash) ?? ''
const base = (title: string): Base => {
  const built = buildManifest([post(title, '<p>old</p>')])
  return { manifest: built.manifest, text: (p) => built.texts.get(p.hash) ?? '' }
}
const unused = () => {
  throw new Error('should not be asked')
}
const finders = (overrides: Partial<BaseFinders>): BaseFinders => ({
  ref: 'origin/main',
  gitCommit: () => undefined,
  buildGit: unused,
  siteUrl: undefined,
  fetchProduction: unused,
  ...overrides,
})

describe('findChanges', () => {
  it('compares with git when the clone has the base, without asking production', async () => {
    const changes = await findChanges(head.manifest, headText, finders({ gitCommit: () => 'abc1234', buildGit: () => base('From git'), siteUrl: 'https://blog.example.com' }))
    expect(changes).toMatchObject({ status: 'compared', base: { kind: 'git', ref: 'origin/main', commit: 'abc1234' } })
  })

  it('falls back to production’s manifest when the clone lacks the base, or it does not build', async () => {
    const fetched = await findChanges(head.manifest, headText, finders({ siteUrl: 'https://blog.example.com', fetchProduction: async () => base('From production') }))
    expect(fetched).toMatchObject({ status: 'compared', base: { kind: 'production', url: 'https://blog.example.com' } })
    const broken = await findChanges(head.manifest, headText, finders({ gitCommit: () => 'abc1234', buildGit: () => { throw new Error('bad post') }, siteUrl: 'https://blog.example.com', fetchProduction: async () => base('P') }))
    expect(broken.status).toBe('compared')
  })

  it('says why when there is nothing to compare with, instead of guessing', async () => {
    expect(await findChanges(head.manifest, headText, finders({}))).toEqual({ status: 'unavailable', reason: 'this clone has no origin/main; no SITE_URL to fetch production’s manifest from' })
    const offline = await findChanges(head.manifest, headText, finders({ siteUrl: 'https://blog.example.com', fetchProduction: async () => { throw new Error('GET … answered 404') } }))
    expect(offline).toEqual({ status: 'unavailable', reason: "this clone has no origin/main; production's manifest could not be read (GET … answered 404)" })
  })
})
