import { describe, expect, it } from 'vitest'
import { buildManifest, parseManifest, textHash } from './manifest'

const post = { url: '/2020/01/01/a/', slug: 'a', title: 'A', date: '2020-01-01T00:00:00.000Z', tags: ['x'], draft: false, html: '<p>Hello <strong>world</strong></p>' }

describe('buildManifest', () => {
  it('lists each post with the hash of its rendered text, and keeps the text by that hash', () => {
    const { manifest, texts } = buildManifest([post])
    const entry = manifest.posts[0]
    expect(entry?.hash).toBe(textHash('Hello world'))
    expect(entry?.text).toBe(`text/${textHash('Hello world')}.txt`)
    expect(texts.get(textHash('Hello world'))).toBe('Hello world')
  })

  it('gives the same hash to posts whose markup differs but whose text reads the same', () => {
    const { manifest } = buildManifest([post, { ...post, url: '/b/', html: '<p>Hello <em>world</em></p>' }])
    expect(manifest.posts[0]?.hash).toBe(manifest.posts[1]?.hash)
  })
})

describe('parseManifest', () => {
  it('reads back what buildManifest wrote', () => {
    const { manifest } = buildManifest([post])
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)), 'base')).toEqual(manifest)
  })

  it('names the source and the field when a post is malformed', () => {
    const { manifest } = buildManifest([post])
    const broken = { ...manifest, posts: [{ ...manifest.posts[0], url: 'https://evil.example/' }] }
    expect(() => parseManifest(broken, 'https://blog.example.com/_pressroom/manifest.json')).toThrow(/manifest\.json: post 0 has a "url" that is not site-relative/)
  })

  it('refuses a text path that is not the hash’s own, so a fetched manifest cannot point elsewhere', () => {
    const { manifest } = buildManifest([post])
    const broken = { ...manifest, posts: [{ ...manifest.posts[0], text: '../../secret' }] }
    expect(() => parseManifest(broken, 'base')).toThrow(/points its text somewhere other than/)
  })

  it('refuses another version', () => {
    expect(() => parseManifest({ version: 2, posts: [] }, 'base')).toThrow(/version 2, not 1/)
  })
})
