import { describe, expect, it } from 'vitest'
import { exportFileOf, redirectHtml } from './redirect-page'

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
