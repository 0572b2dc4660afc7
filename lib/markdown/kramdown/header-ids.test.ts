import { describe, expect, it } from 'vitest'
import { elements } from '../../../test/support/html'
import { renderMarkdown } from '../pipeline'
import { kramdownId } from './header-ids'

describe('kramdownId', () => {
  it('makes ids as kramdown does', () => {
    expect(kramdownId('Why Jekyll 3.0?')).toBe('why-jekyll-30')
    expect(kramdownId('1. Getting started')).toBe('getting-started')
    expect(kramdownId('snake_case and Ünïcode')).toBe('snakecase-and-ncode')
    expect(kramdownId('Our Takeaway from ContainerDays:')).toBe('our-takeaway-from-containerdays')
  })

  it('falls back to "section" when nothing is left', () => {
    expect(kramdownId('2024')).toBe('section')
  })
})

describe('heading ids in posts', () => {
  it('are unique, keep an id the author set, and match Jekyll on repeats', async () => {
    const html = await renderMarkdown('---\ntitle: T\n---\n\n## Setup\n\n## Setup\n\n## Mine {#setup-1}\n\n## Setup\n', { variables: {}, siteUrl: 'https://x.example' })
    expect(elements(html, 'h2').map((h) => h.properties.id)).toEqual(['setup', 'setup-2', 'setup-1', 'setup-3'])
  })
})
