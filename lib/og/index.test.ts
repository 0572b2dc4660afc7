import { describe, expect, it } from 'vitest'
import { OG_SIZE, ogImageKey } from './index'
import { routes } from '../urls/routes'

describe('ogImageKey', () => {
  it("keeps a post URL's folders", () => {
    expect(ogImageKey('/2016/06/20/my-post/')).toBe('2016/06/20/my-post')
    expect(ogImageKey('/notes/hello')).toBe('notes/hello')
  })

  it('tells apart URLs that differ in a slash against a dash, as Jekyll serves both', () => {
    expect(ogImageKey('/a/b/')).not.toBe(ogImageKey('/a-b/'))
  })

  it('never leaves the share-image folder', () => {
    expect(ogImageKey('/../x/./y/')).toBe('x/y')
  })

  it('tells apart posts with one slug on different dates', () => {
    expect(ogImageKey('/2016/06/20/release/')).not.toBe(ogImageKey('/2017/06/20/release/'))
  })

  it('names the root "home"', () => {
    expect(ogImageKey('/')).toBe('home')
  })
})

describe('routes.shareImage', () => {
  it('is a PNG under the share-image folder', () => {
    expect(routes.shareImage('/2016/06/20/my-post/')).toBe('/og/2016/06/20/my-post.png')
    expect(routes.shareImage('/2016/06/20/my-post/').startsWith(routes.shareImageDir())).toBe(true)
  })
})

describe('OG_SIZE', () => {
  it('is the 1200×630 that share cards expect', () => {
    expect(OG_SIZE).toEqual({ width: 1200, height: 630 })
  })
})
