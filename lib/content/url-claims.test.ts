import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { claimOf, exportClaims, unclaimedFiles } from '../urls/export-claims'
import type { StoredPost } from './post-store'
import { urlClaimProblems } from './url-claims'

const project = exportClaims(process.cwd())

function post(url: string, redirectFrom: string[] = [], source = 'posts/2020-01-01-x.md'): StoredPost {
  return {
    file: source, source, url, slug: 'x', title: 'X', date: '2020-01-01T00:00:00.000Z', updated: '2020-01-01T00:00:00.000Z', authors: [], tags: [],
    excerptHtml: '', excerptText: '', description: undefined, readingMinutes: 1, isDraft: false, headings: [], redirectFrom, redirectTo: undefined,
    series: undefined, comments: true, jekyllUrl: undefined, html: 'html/0.html', jekyllId: '/2020/01/01/x', disqusIdentifier: undefined, categories: [],
  }
}

describe("URLs the export writes itself, from this project's app/ and public/", () => {
  it.each([
    ['/_headers', 'public/_headers'],
    ['/.nojekyll/', 'public/.nojekyll'],
    ['/index.txt', "Next's index.txt"],
    ['/2020/x/index.txt/', "Next's index.txt"],
    ['/feed.xml/', 'app/feed.xml/route.ts'],
    ['/sitemap.xml', 'app/sitemap.xml/route.ts'],
    ['/robots.txt/', 'app/robots.ts'],
    ['/_next/static/x/', "Next's scripts"],
    ['/og/x.png', 'share images'],
    ['/search/manifest.json', 'search index'],
    ['/_pressroom/manifest.json', 'content manifest'],
    ['/_not-found/', 'app/not-found'],
    ['/404/', 'app/not-found'],
    ['/icon.svg', 'app/icon.svg'],
    ['/Tags/x/', 'app/tags/[tag]/'],
    ['/katex/x.css', 'app/katex/[file]/'],
  ])('%s is claimed by %s', (url, owner) => {
    expect(claimOf(url, project)).toContain(owner)
  })

  it.each(['/2020/01/01/x/', '/old/', '/images/x.png', '/feeds/', '/2016/06/20/a.html'])('%s is free', (url) => {
    expect(claimOf(url, project)).toBeUndefined()
  })
})

describe('claims are read from the code, not kept by hand', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-claims-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (path: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), '')
  }
  for (const path of ['app/[...path]/page.tsx', 'app/_worker.js/route.ts', 'app/docs/[slug]/page.tsx', 'app/favicon.ico', 'public/ads.txt']) write(path)
  const claims = exportClaims(root)

  it('a new route, dynamic folder, metadata file or public file is claimed as soon as it exists', () => {
    expect(claimOf('/_worker.js', claims)).toBe('app/_worker.js/route.ts')
    expect(claimOf('/docs/intro/', claims)).toBe('app/docs/[slug]/')
    expect(claimOf('/favicon.ico/', claims)).toBe('app/favicon.ico')
    expect(claimOf('/ads.txt', claims)).toBe('public/ads.txt')
  })

  it("the posts' own catch-all claims nothing", () => {
    expect(claimOf('/2020/01/01/x/', claims)).toBeUndefined()
  })
})

describe('urlClaimProblems', () => {
  it('names file and field for a permalink, a redirect_from and a page on a file the export writes', () => {
    const problems = urlClaimProblems(
      [post('/2020/01/01/x/', ['/_headers', '/old/']), post('/_pressroom/x/', [], 'posts/2020-01-02-y.md')],
      [{ file: 'pages/feed.md', url: '/feed.xml/', title: 'F', description: undefined, excerptText: '', html: '' }],
      project,
    ).map((p) => p.message)
    expect(problems).toEqual([
      expect.stringMatching(/^posts\/2020-01-01-x\.md: field "redirect_from": URL \/_headers is a file the site writes itself \(public\/_headers\)\. Fix: remove \/_headers from redirect_from$/),
      expect.stringMatching(/^posts\/2020-01-02-y\.md: field "permalink": URL \/_pressroom\/x\/ is a file the site writes itself/),
      expect.stringMatching(/^pages\/feed\.md: field "permalink": URL \/feed\.xml\/ is a file the site writes itself \(app\/feed\.xml\/route\.ts\)/),
    ])
  })

  it('refuses one redirect_from in two posts, which would silently keep only the last', () => {
    const problems = urlClaimProblems([post('/a/', ['/old/']), post('/b/', ['/Old/'], 'posts/2020-01-02-b.md')], [], project)
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('posts/2020-01-02-b.md: field "redirect_from": /Old/ is also a redirect_from of posts/2020-01-01-x.md')])
  })
})

describe('unclaimedFiles: the claims checked against a finished export', () => {
  it('names only files no claim and no content URL covers', () => {
    const files = ['index.html', 'index.txt', '__next._tree.txt', '_next/static/a.js', 'feed.xml', 'og/x.png', '2020/01/x/index.html', '2020/01/x/index.txt', 'about/index.html', '_redirects', '_worker.js']
    expect(unclaimedFiles(files, project, new Set(['2020/01/x/index.html', 'about/index.html']))).toEqual(['_worker.js'])
  })
})
