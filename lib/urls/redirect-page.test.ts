import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportFileOf, exportTarget, redirectHtml } from './redirect-page'

describe('redirectHtml', () => {
  it('refreshes to, links to and names as canonical the new address, under the base path', () => {
    const html = redirectHtml('/2016/06/20/x.html', { basePath: '/pr-preview/pr-4', siteUrl: 'https://blog.example.com/' })
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/pr-preview/pr-4/2016/06/20/x.html">')
    expect(html).toContain('<link rel="canonical" href="https://blog.example.com/2016/06/20/x.html">')
    expect(html).toContain('<a href="/pr-preview/pr-4/2016/06/20/x.html">')
  })
  it('sends an external redirect_to where it says, escaped', () => {
    const html = redirectHtml('https://example.org/a?b=1&c="2"', { basePath: '/base', siteUrl: 'https://blog.example.com' })
    expect(html).toContain('url=https://example.org/a?b=1&amp;c=&quot;2&quot;"')
    expect(html).not.toContain('/basehttps')
  })
})

describe('exportFileOf', () => {
  it.each([
    ['/old/', 'old/index.html'],
    ['/old.html', 'old.html'],
    ['/old', 'old/index.html'],
    ['/', 'index.html'],
  ])('%s → %s', (url, file) => {
    expect(exportFileOf(url)).toBe(file)
  })
})

describe('exportTarget: where the Jekyll-pages step writes, never outside out/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pressroom-export-target-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  const out = join(scratch, 'out')
  mkdirSync(out)
  symlinkSync(scratch, join(out, 'linked'))

  it('writes /old/, a .html URL and an escaped space inside out/', () => {
    expect(exportTarget(out, '/old/')).toBe(join(out, 'old', 'index.html'))
    expect(exportTarget(out, '/2016/x.html')).toBe(join(out, '2016', 'x.html'))
    expect(exportTarget(out, '/a%20b/')).toBe(join(out, 'a b', 'index.html'))
  })

  it.each(['/../../escape/', '/%2e%2e/x/', '/a%2f..%2f..%2fx/', '/linked/x/'])('refuses %j, whatever the store holds', (url) => {
    expect(() => exportTarget(out, url)).toThrow(/segment|separator|symbolic link/)
  })
})
