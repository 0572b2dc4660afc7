import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { site } from '../site'
import { attribute, childElements, elements, nth, text, tokens } from '../../test/support/html'
import { renderMarkdown, type MarkdownOptions } from './pipeline'

/** The first post, rendered as the content build renders it (see contentlayer.config.ts). */
const SEED = new URL('../../test/site/posts/2016-06-20-container-days-in-boston.md', import.meta.url)
const options: MarkdownOptions = {
  variables: { baseurl: '', url: site.url, title: site.title, description: site.description },
  siteUrl: site.url,
}

let source = ''
let html = ''

beforeAll(async () => {
  source = readFileSync(SEED, 'utf8')
  html = await renderMarkdown(source, options)
})

describe('the seed post, rendered', () => {
  it('drops the setext heading that repeats the title, leaving no h1', () => {
    expect(source).toMatch(/^ContainerDays in Boston\n===$/m)
    expect(elements(html, 'h1')).toEqual([])
    expect(html).not.toContain('ContainerDays in Boston</')
    // The source opens the quote straight and closes it curly; kramdown (and so Jekyll) curls both.
    expect(text(nth(elements(html, 'p'), 0))).toMatch(/^As an “open space conference”/)
  })

  it('keeps the two setext section headings as h2 with slugged ids', () => {
    const h2s = elements(html, 'h2').map((h) => ({ id: attribute(h, 'id'), text: text(h) }))
    expect(h2s).toEqual([
      { id: 'our-takeaway-from-containerdays', text: 'Our Takeaway from ContainerDays:' },
      { id: 'what-are-we-brewing-at-concur', text: 'What are we brewing at Concur' },
    ])
  })

  it('gives every heading a visible anchor link beside it, named after the heading', () => {
    const wrappers = elements(html, 'div').filter((div) => tokens(div, 'className').includes('heading'))
    expect(wrappers).toHaveLength(elements(html, 'h2').length)
    for (const wrapper of wrappers) {
      const [heading, anchor, ...rest] = childElements(wrapper)
      expect(rest).toEqual([])
      expect(heading?.tagName).toBe('h2')
      expect(anchor?.tagName).toBe('a')
      if (!heading || !anchor) continue
      expect(attribute(anchor, 'href')).toBe(`#${attribute(heading, 'id')}`)
      expect(tokens(anchor, 'className')).toEqual(['heading-anchor'])
      expect(attribute(anchor, 'ariaLabel')).toBe(`Link to section: ${text(heading)}`)
    }
  })

  it('keeps the four blockquotes', () => {
    expect(elements(html, 'blockquote')).toHaveLength(4)
  })

  it('keeps the + list with its five items', () => {
    const lists = elements(html, 'ul')
    expect(lists).toHaveLength(1)
    const items = childElements(nth(lists, 0), 'li')
    expect(items).toHaveLength(5)
    expect(text(nth(items, 4))).toMatch(/^Workshop and Open Space sessions/)
  })

  it('keeps every link of the source, with its href', () => {
    const sourceLinks = [...source.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1])
    const hrefs = elements(html, 'a').map((a) => attribute(a, 'href'))
    expect(sourceLinks.length).toBeGreaterThan(10)
    for (const url of new Set(sourceLinks)) {
      const inSource = sourceLinks.filter((u) => u === url).length
      expect(hrefs.filter((href) => href === url), url).toHaveLength(inSource)
    }
  })

  it('marks every link that leaves the site rel="noopener"', () => {
    const external = elements(html, 'a').filter((a) => /^https?:/.test(attribute(a, 'href') ?? ''))
    expect(external.length).toBeGreaterThan(10)
    for (const a of external) expect(tokens(a, 'rel'), attribute(a, 'href')).toContain('noopener')
  })

  it('keeps the raw img with {{ site.baseurl }} resolved to the site-relative path', () => {
    const images = elements(html, 'img')
    expect(images).toHaveLength(1)
    expect(attribute(nth(images, 0), 'src')).toBe('/blog/images/aws-immutable-infrastructure.png')
    expect(html).toContain('<img src="/blog/images/aws-immutable-infrastructure.png"')
    expect(html).not.toContain('{{')
  })

  it('puts a base path in front of the image when site.baseurl has one', async () => {
    const rebased = await renderMarkdown(source, { ...options, variables: { ...options.variables, baseurl: '/pressroom' } })
    expect(elements(rebased, 'img').map((img) => attribute(img, 'src'))).toEqual(['/pressroom/blog/images/aws-immutable-infrastructure.png'])
  })
})
