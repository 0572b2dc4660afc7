import { describe, expect, it } from 'vitest'
import { findBrokenLinks } from './check.mjs'

function site(pages: Record<string, string>, assets: string[] = [], basePath = '') {
  return { pages: new Map(Object.entries(pages)), files: new Set([...Object.keys(pages), ...assets]), basePath }
}

describe('findBrokenLinks', () => {
  it('accepts links to existing pages, assets and ids, under the base path', () => {
    const exported = site(
      {
        'index.html': '<a href="/b/tags/">Tags</a><a href="/b/tags/#docker">docker</a><img src="/b/logo.png"><a href="#main">skip</a><main id="main"></main>',
        'tags/index.html': '<a href="../">Home</a><h2 id="docker">docker</h2><a href="https://example.com/">out</a>',
      },
      ['logo.png'],
      '/b',
    )
    expect(findBrokenLinks(exported)).toEqual([])
  })

  it('reports missing files, missing ids and URLs outside the base path, naming the page', () => {
    const exported = site(
      {
        'index.html': '<img src="/b/missing.png"><a href="#nowhere">x</a><script src="/_next/app.js"></script>',
        '2016/post/index.html': '<a href="../../tags/">Tags</a>',
      },
      ['_next/app.js'],
      '/b',
    )
    expect(findBrokenLinks(exported)).toEqual([
      { kind: 'missing', target: '/missing.png', page: '/b/', reference: '<img src="/b/missing.png">', reason: 'no such file in the export' },
      { kind: 'missing', target: '/#nowhere', page: '/b/', reference: '<a href="#nowhere">', reason: 'no element with id "nowhere" on that page' },
      { kind: 'outside-base', target: '/_next/app.js', page: '/b/', reference: '<script src="/_next/app.js">', reason: 'outside the base path /b' },
      { kind: 'missing', target: '/tags/', page: '/b/2016/post/', reference: '<a href="../../tags/">', reason: 'no such file in the export' },
    ])
  })
})
