import { describe, expect, it } from 'vitest'
import { pageUrl } from './page-url'

describe('pageUrl', () => {
  it('makes a folder URL of the file path', () => {
    expect(pageUrl('pages/about.md', undefined)).toBe('/about/')
    expect(pageUrl('pages/team/index.markdown', undefined)).toBe('/team/')
    expect(pageUrl('pages/team/jobs.md', undefined)).toBe('/team/jobs/')
  })

  it('prefers the permalink', () => {
    expect(pageUrl('pages/about.md', '/about-us/')).toBe('/about-us/')
  })

  it('refuses URLs the site uses or that are not folders, naming the field', () => {
    expect(() => pageUrl('pages/x.md', '/tags/x/')).toThrow(/pages\/x\.md.*permalink.*\/tags\//s)
    expect(() => pageUrl('pages/x.md', 'about')).toThrow(/permalink/)
    expect(() => pageUrl('pages/search.md', undefined)).toThrow(/file name/)
    // Folders the site's own files use: KaTeX's, analytics' and a preview's list of changes.
    expect(() => pageUrl('pages/katex.md', undefined)).toThrow(/\/katex\//)
    expect(() => pageUrl('pages/x.md', '/analytics/')).toThrow(/permalink/)
    expect(() => pageUrl('pages/changes.md', undefined)).toThrow(/file name/)
  })

  it.each(['/../../', '/a/../../b/', '/./x/'])('refuses the dot segments of %s by the one path rule', (permalink) => {
    expect(() => pageUrl('pages/x.md', permalink)).toThrow(/^pages\/x\.md: field "permalink": ".*" has a "\." or "\.\." segment/)
  })
})
