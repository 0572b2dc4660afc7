import { describe, expect, it } from 'vitest'
import { encodeUrlPath, rebaseSrcset, rebaseUrl } from './url'

describe('rebaseUrl', () => {
  it('puts the base path in front of a root-relative URL', () => {
    expect(rebaseUrl('/blog/images/a.png', '/pressroom')).toBe('/pressroom/blog/images/a.png')
    expect(rebaseUrl('/', '/pressroom')).toBe('/pressroom/')
  })

  it.each(['https://example.com/a', 'http://example.com', '//cdn.example.com/a.js', '#top', 'mailto:a@example.com', 'a/b', '../c', ''])(
    'leaves %j alone',
    (url) => {
      expect(rebaseUrl(url, '/pressroom')).toBe(url)
    },
  )

  it('is the identity with an empty base path', () => {
    expect(rebaseUrl('/blog/a.png', '')).toBe('/blog/a.png')
  })
})

describe('rebaseSrcset', () => {
  const base = '/pressroom'

  it('prefixes each site-relative candidate and keeps its descriptor', () => {
    expect(rebaseSrcset('/a.png 1x, /a-2x.png 2x', base)).toBe('/pressroom/a.png 1x, /pressroom/a-2x.png 2x')
    expect(rebaseSrcset('/s.png 320w,/l.png 1024w', base)).toBe('/pressroom/s.png 320w,/pressroom/l.png 1024w')
    expect(rebaseSrcset('/only.png', base)).toBe('/pressroom/only.png')
  })

  it('leaves absolute candidates alone, commas inside their URL included', () => {
    const cdn = 'https://cdn.example.com/w_300,h_200/a.jpg 1x, //cdn.example.com/w_600,h_400/a.jpg 2x'
    expect(rebaseSrcset(cdn, base)).toBe(cdn)
    expect(rebaseSrcset(`${cdn}, /local.jpg 3x`, base)).toBe(`${cdn}, /pressroom/local.jpg 3x`)
  })

  it('treats a candidate without a descriptor followed by a comma as ending at the comma', () => {
    expect(rebaseSrcset('/a.png, /b.png 2x', base)).toBe('/pressroom/a.png, /pressroom/b.png 2x')
  })
})

describe('encodeUrlPath', () => {
  it('percent-encodes what a URL cannot hold as written', () => {
    expect(encodeUrlPath('/2020/01/08/über straße<"x">/')).toBe('/2020/01/08/%C3%BCber%20stra%C3%9Fe%3C%22x%22%3E/')
  })
  it("keeps what a path may hold, and existing escapes, so the XML writer's escaping is all that is left", () => {
    expect(encodeUrlPath("/a&b/o'b(c)+d;e=f@g/%20/")).toBe("/a&b/o'b(c)+d;e=f@g/%20/")
  })
})
