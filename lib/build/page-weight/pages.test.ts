import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportedPages, judgePages, listingKind, weighPage, type PageWeight } from './pages.mjs'

describe('listingKind', () => {
  it('knows every listing page by its path', () => {
    expect(['/', '/page/2/', '/tags/', '/tags/go/', '/tags/go/page/12/', '/authors/', '/authors/ann-lee/page/2/', '/archive/', '/archive/2016/', '/archive/2016/page/3/', '/search/'].map(listingKind)).toEqual([
      'home', 'home', 'tags', 'tag', 'tag', 'authors', 'author', 'archive', 'archive-year', 'archive-year', 'search',
    ])
  })

  it('leaves out posts and every other page', () => {
    for (const path of ['/2016/06/20/container-days/', '/blog/a/', '/404/', '/tags/go/feed.xml/', '/archive/latest/', '/page/x/', '/tags/go/page/']) expect(listingKind(path), path).toBeUndefined()
  })
})

const page = (path: string, htmlGzipBytes: number): PageWeight => ({ path, kind: listingKind(path) ?? 'home', htmlBytes: htmlGzipBytes * 5, htmlGzipBytes, rscBytes: 0, rscGzipBytes: 0 })

describe('judgePages', () => {
  it('names the heaviest page of each kind and every page over the budget', () => {
    const pages = [page('/', 10), page('/page/2/', 12), page('/tags/go/', 70), page('/tags/rust/', 20)]
    const { largest, over } = judgePages(pages, 60)
    expect(largest.map((p) => p.path)).toEqual(['/page/2/', '/tags/go/'])
    expect(over.map((p) => p.path)).toEqual(['/tags/go/'])
  })

  it('passes pages at the budget', () => {
    expect(judgePages([page('/', 60)], 60).over).toEqual([])
  })
})

describe('weighing an export', () => {
  const out = mkdtempSync(join(tmpdir(), 'page-weight-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  mkdirSync(join(out, 'tags', 'go'), { recursive: true })
  writeFileSync(join(out, 'index.html'), '<html>home</html>')
  writeFileSync(join(out, 'index.txt'), 'home payload')
  writeFileSync(join(out, 'tags', 'go', 'index.html'), `<html>${'go '.repeat(1000)}</html>`)
  writeFileSync(join(out, 'tags', 'go', 'index.txt'), 'payload')
  writeFileSync(join(out, 'tags', 'go', '__next.tags.go.txt'), 'segment')

  it('finds every page and weighs its HTML and its RSC payload, once', () => {
    expect(exportedPages(out).sort()).toEqual(['/', '/tags/go/'])
    const go = weighPage(out, '/tags/go/', 'tag')
    expect(go.htmlBytes).toBe(3013)
    expect(go.htmlGzipBytes).toBeLessThan(100)
    expect(go.rscBytes).toBe('payload'.length)
  })

  it('refuses a page without its RSC payload', () => {
    mkdirSync(join(out, 'search'))
    writeFileSync(join(out, 'search', 'index.html'), '<html></html>')
    expect(() => weighPage(out, '/search/', 'search')).toThrow(/index\.txt is missing/)
  })
})
