import { afterEach, describe, expect, test, vi } from 'vitest'
import type { MarkdownOptions } from './pipeline'
import { renderWithWarnings } from './prerendered'

const options: MarkdownOptions = { variables: { baseurl: '', url: 'https://blog.example.com', title: 'Example' }, siteUrl: 'https://blog.example.com' }

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a rendering’s warnings, kept to be said again', () => {
  test('a post whose HTML the sanitiser cleaned brings its warning; a clean post none, even rendered at once', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const [dirty, clean] = await Promise.all([
      renderWithWarnings('posts/2020-01-01-dirty.md', '---\ntitle: Dirty\n---\n\n<script>alert(1)</script>\n\nText.\n', options),
      renderWithWarnings('posts/2020-01-02-clean.md', '---\ntitle: Clean\n---\n\nText.\n', options),
    ])
    expect(dirty.warnings).toHaveLength(1)
    expect(dirty.warnings[0]).toMatch(/2020-01-01-dirty\.md: removed from the post's HTML: inline <script>/)
    expect(clean.warnings).toEqual([])
    expect(dirty.html).not.toContain('<script>')
  })
})
