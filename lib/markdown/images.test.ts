import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attribute, elements } from '../../test/support/html'
import { pngBytes } from '../../test/support/png'
import { insideFolder, localImageSize, rehypeImages, type ImageOptions } from './images'

let publicDir: string
let outsideDir: string
beforeAll(() => {
  // An image beside public/, not in it: a post must not reach it with `..`.
  outsideDir = mkdtempSync(join(tmpdir(), 'pressroom-images-'))
  writeFileSync(join(outsideDir, 'secret.png'), pngBytes(7, 7))
  publicDir = join(outsideDir, 'public')
  mkdirSync(join(publicDir, 'blog/images'), { recursive: true })
  writeFileSync(join(publicDir, 'blog/images/chart.png'), pngBytes(3, 2))
  writeFileSync(join(publicDir, 'blog/images/my chart.png'), pngBytes(40, 10))
  writeFileSync(join(publicDir, 'blog/images/100%.png'), pngBytes(5, 5))
  writeFileSync(join(publicDir, 'blog/images/notes.txt'), 'not an image')
})
afterAll(() => {
  rmSync(outsideDir, { recursive: true, force: true })
})

describe('reading only inside public/', () => {
  it.each(['/../secret.png', '/blog/../../secret.png', '/%2e%2e/secret.png', '/../../../../dev/zero'])('does not read %j', (src) => {
    expect(localImageSize(publicDir, src)).toBeUndefined()
  })
  it('does not read an image through a link out of public/', () => {
    symlinkSync(join(outsideDir, 'secret.png'), join(publicDir, 'blog/images/linked.png'))
    expect(localImageSize(publicDir, '/blog/images/linked.png')).toBeUndefined()
  })
  it('still reads a path that goes up and back in', () => {
    expect(localImageSize(publicDir, '/blog/../blog/images/chart.png')).toEqual({ width: 3, height: 2 })
  })
  it('gives the file for a path inside, nothing for one outside', () => {
    expect(insideFolder('/site/public', '/a/b.png')).toBe('/site/public/a/b.png')
    expect(insideFolder('/site/public', '/../public2/b.png')).toBeUndefined()
  })
})

describe('localImageSize', () => {
  it('reads the intrinsic size of a site-relative image', () => {
    expect(localImageSize(publicDir, '/blog/images/chart.png')).toEqual({ width: 3, height: 2 })
  })

  it('decodes the path and ignores a query or fragment', () => {
    expect(localImageSize(publicDir, '/blog/images/my%20chart.png')).toEqual({ width: 40, height: 10 })
    expect(localImageSize(publicDir, '/blog/images/chart.png?v=2#x')).toEqual({ width: 3, height: 2 })
  })

  it('reads a file whose name holds a "%" that is no escape, rather than failing the build', () => {
    expect(localImageSize(publicDir, '/blog/images/100%.png')).toEqual({ width: 5, height: 5 })
  })

  it.each(['/blog/images/missing.png', '/blog/images/notes.txt', '/blog/images', 'https://example.com/chart.png', '//cdn.example.com/blog/images/chart.png', 'blog/images/chart.png'])(
    'is undefined for %j',
    (src) => {
      expect(localImageSize(publicDir, src)).toBeUndefined()
    },
  )
})

function run(html: string, options: ImageOptions): string {
  const tree: Root = fromHtml(html, { fragment: true })
  rehypeImages(options)(tree)
  return toHtml(tree)
}

describe('rehypeImages', () => {
  it('gives a local image its size, an empty alt, lazy loading and async decoding', () => {
    const [img] = elements(run('<img src="/blog/images/chart.png">', { publicDir }), 'img')
    expect(img?.properties).toMatchObject({ src: '/blog/images/chart.png', width: 3, height: 2, alt: '', loading: 'lazy', decoding: 'async' })
  })

  it("keeps the author's alt, loading and size", () => {
    const html = run('<img src="/blog/images/chart.png" alt="Latency chart" loading="eager" width="300">', { publicDir })
    const [img] = elements(html, 'img')
    expect(img && [attribute(img, 'alt'), attribute(img, 'loading')]).toEqual(['Latency chart', 'eager'])
    expect(img?.properties.width).toBe(300)
    expect(img?.properties.height).toBeUndefined()
  })

  it('adds no size to an external or missing image, or without a public folder', () => {
    const html = '<img src="https://example.com/a.png"><img src="/blog/images/missing.png"><img src="/blog/images/chart.png">'
    const sizes = (out: string) => elements(out, 'img').map((img) => [img.properties.width, img.properties.height])
    expect(sizes(run(html, { publicDir }))).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [3, 2],
    ])
    expect(sizes(run(html, {}))).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ])
  })

  it('leaves other elements alone', () => {
    expect(run('<p><a href="/blog/images/chart.png">chart</a></p>', { publicDir })).toBe('<p><a href="/blog/images/chart.png">chart</a></p>')
  })
})
