import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { exportPath, gzipBytes, judgeBudget, loadedScripts } from './page-scripts.mjs'

const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/site.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js"/>
<link rel="prefetch" as="script" href="/_next/static/chunks/search.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="https://analytics.example.com/tag.js"></script>
<script src="//cdn.example.com/lib.js"></script>
<script src="/comments/loader.js" async=""></script>
<script>self.__next_f.push([1,"<script src=\\"/_next/static/chunks/quoted.js\\"></script>"])</script>
</head><body><script src='/_next/static/chunks/page.js' async></script></body></html>`

describe('loadedScripts', () => {
  it("lists the site's own scripts loaded at page load, once each, in document order", () => {
    expect(loadedScripts(page)).toEqual([
      '/_next/static/chunks/page.js',
      '/_next/static/chunks/module.js',
      '/_next/static/chunks/main.js',
      '/comments/loader.js',
    ])
  })

  it('leaves out stylesheets, prefetches, nomodule polyfills, other hosts and text inside inline scripts', () => {
    const urls = loadedScripts(page)
    for (const skipped of ['site.css', 'search.js', 'polyfills.js', 'tag.js', 'lib.js', 'quoted.js']) {
      expect(urls.some((url) => url.endsWith(skipped))).toBe(false)
    }
  })

  it('finds nothing in a page without scripts', () => {
    expect(loadedScripts('<html><body><p>src="/_next/x.js"</p></body></html>')).toEqual([])
  })
})

describe('exportPath', () => {
  it('drops a base path and query so the file can be found in out/', () => {
    expect(exportPath('/pressroom/pr-preview/pr-42/_next/static/chunks/a.js?v=1')).toBe('/_next/static/chunks/a.js')
    expect(exportPath('/_next/static/chunks/b.js')).toBe('/_next/static/chunks/b.js')
    expect(exportPath('/pressroom/pr-preview/pr-42/comments/loader.js', '/pressroom/pr-preview/pr-42')).toBe('/comments/loader.js')
    expect(exportPath('/analytics/ga4.js?v=2')).toBe('/analytics/ga4.js')
  })
})

describe('gzipBytes', () => {
  it('measures the compressed size: far below raw for repetitive code, near raw for random bytes', () => {
    const text = 'export const x = 1;\n'.repeat(500)
    expect(gzipBytes(text)).toBeLessThan(text.length / 10)
    const noise = randomBytes(4096)
    expect(gzipBytes(noise)).toBeGreaterThan(4096)
  })
})

describe('judgeBudget', () => {
  it('passes a page at or under blank + allowance', () => {
    expect(judgeBudget(150_000, 135_000, 20_000)).toEqual({
      pageBytes: 150_000,
      blankBytes: 135_000,
      limit: 155_000,
      added: 15_000,
      withinBudget: true,
    })
    expect(judgeBudget(155_000, 135_000, 20_000).withinBudget).toBe(true)
  })

  it('fails a page one byte over', () => {
    expect(judgeBudget(155_001, 135_000, 20_000).withinBudget).toBe(false)
  })
})
