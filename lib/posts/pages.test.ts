import { describe, expect, it } from 'vitest'
import { publishedPages } from './pages'

const page = (url: string, overrides: { description?: string; excerptText?: string } = {}) => ({
  file: `pages${url.replace(/\/$/, '')}.md`,
  url,
  title: `Page ${url}`,
  description: overrides.description,
  excerptText: overrides.excerptText ?? 'Text.',
  html: '<p>Text.</p>',
})

describe('publishedPages', () => {
  it('lists pages by URL, each described by its front matter or else its first words', () => {
    const pages = publishedPages([page('/uses/'), page('/about/', { description: 'Who we are.' })], new Set(['/2016/06/20/a/']))
    expect(pages.map((p) => [p.url, p.description])).toEqual([
      ['/about/', 'Who we are.'],
      ['/uses/', 'Text.'],
    ])
  })

  it('stops on a page at the URL of a published post, naming the page', () => {
    const run = () => publishedPages([page('/about/')], new Set(['/about/']))
    expect(run).toThrow(expect.objectContaining({ name: 'ContentError', file: 'pages/about.md', field: 'permalink' }))
  })
})
