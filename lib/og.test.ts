import { describe, expect, it } from 'vitest'
import { keyFromOgImage, OG_SIZE, ogImageKey } from './og'
import { routes } from './routes'

describe('ogImageKey', () => {
  it("turns a post's URL into a flat file-name key", () => {
    expect(ogImageKey('/2016/06/20/my-post/')).toBe('2016-06-20-my-post')
    expect(ogImageKey('/notes/hello')).toBe('notes-hello')
  })

  it('tells apart posts with one slug on different dates', () => {
    expect(ogImageKey('/2016/06/20/release/')).not.toBe(ogImageKey('/2017/06/20/release/'))
  })

  it('names the root "home"', () => {
    expect(ogImageKey('/')).toBe('home')
  })
})

describe('routes.shareImage', () => {
  it('is a PNG under /og/', () => {
    expect(routes.shareImage('/2016/06/20/my-post/')).toBe('/og/2016-06-20-my-post.png')
  })
})

describe('keyFromOgImage', () => {
  it('gives back the key of the file routes.shareImage names', () => {
    for (const url of ['/2016/06/20/my-post/', '/notes/hello/', '/']) {
      const fileName = routes.shareImage(url).slice('/og/'.length)
      expect(keyFromOgImage(fileName)).toBe(ogImageKey(url))
    }
  })

  it.each(['a.jpg', 'a.png.bak', '.png', 'png', 'a.PNG'])('is undefined for %j', (name) => {
    expect(keyFromOgImage(name)).toBeUndefined()
  })
})

describe('OG_SIZE', () => {
  it('is the 1200×630 that share cards expect', () => {
    expect(OG_SIZE).toEqual({ width: 1200, height: 630 })
  })
})
