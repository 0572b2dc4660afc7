import { describe, expect, it } from 'vitest'
import { candidateFiles, pageUrlForFile, resolveReference, stripBasePath } from './resolve.mjs'

describe('resolveReference', () => {
  const page = '/base/2016/06/20/post/'

  it('resolves relative, root-relative and fragment references against the page URL', () => {
    expect(resolveReference('../../21/other/', page)).toEqual({ kind: 'internal', path: '/base/2016/06/21/other/', fragment: undefined })
    expect(resolveReference('/base/tags/docker/#top-posts', page)).toEqual({ kind: 'internal', path: '/base/tags/docker/', fragment: 'top-posts' })
    expect(resolveReference('#section', page)).toEqual({ kind: 'internal', path: page, fragment: 'section' })
    expect(resolveReference('/base/images/a%20b.png', page)).toEqual({ kind: 'internal', path: '/base/images/a b.png', fragment: undefined })
  })

  it('leaves other origins and schemes alone, and reports URLs that cannot be decoded', () => {
    for (const value of ['https://example.com/x', '//cdn.example.com/x.js', 'mailto:a@b.c', 'tel:+1', 'data:image/png;base64,AA==']) {
      expect(resolveReference(value, page)).toEqual({ kind: 'external' })
    }
    expect(resolveReference('/base/%E0%A4%A.png', page)).toEqual({ kind: 'invalid', reason: 'malformed %-escape' })
  })
})

describe('stripBasePath', () => {
  it('turns a URL under the base path into a site path', () => {
    expect(stripBasePath('/pressroom/pr-42/tags/', '/pressroom/pr-42')).toBe('/tags/')
    expect(stripBasePath('/pressroom/pr-42', '/pressroom/pr-42')).toBe('/')
    expect(stripBasePath('/tags/', '')).toBe('/tags/')
  })

  it('rejects a URL outside the base path, even one sharing its prefix', () => {
    expect(stripBasePath('/tags/', '/pressroom/pr-42')).toBeUndefined()
    expect(stripBasePath('/pressroom/pr-420/tags/', '/pressroom/pr-42')).toBeUndefined()
  })
})

describe('pageUrlForFile', () => {
  it('serves folder indexes at their folder and other files at their own name', () => {
    expect(pageUrlForFile('index.html', '')).toBe('/')
    expect(pageUrlForFile('tags/docker/index.html', '/base')).toBe('/base/tags/docker/')
    expect(pageUrlForFile('404.html', '/base')).toBe('/base/404.html')
  })
})

describe('candidateFiles', () => {
  it('maps a trailing slash to the folder index only', () => {
    expect(candidateFiles('/')).toEqual(['index.html'])
    expect(candidateFiles('/tags/')).toEqual(['tags/index.html'])
  })

  it('tries the file, then a folder, then .html for a path without a slash', () => {
    expect(candidateFiles('/tags')).toEqual(['tags', 'tags/index.html', 'tags.html'])
  })
})
