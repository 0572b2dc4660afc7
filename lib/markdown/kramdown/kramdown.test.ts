import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { attribute, elements, nth, text, tokens } from '../../../test/support/html'
import { renderMarkdown, type MarkdownOptions } from '../pipeline'
import { parseAttributeList } from './attribute-list'

const options: MarkdownOptions = { variables: { baseurl: '', url: 'https://blog.example.com', title: 'Example' }, siteUrl: 'https://blog.example.com' }
const inside = (node: Element, tagName: string): Element[] => {
  const found: Element[] = []
  visit(node, 'element', (el) => void (el.tagName === tagName && found.push(el)))
  return found
}
const render = (body: string, extra: Partial<MarkdownOptions> = {}) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, { ...options, ...extra })

describe('parseAttributeList', () => {
  it('reads classes, an id, quoted and bare pairs and references', () => {
    expect(parseAttributeList(' .a #b key="v w" k2=\'x\' k3=y ref .c')).toEqual({ id: 'b', classes: ['a', 'c'], pairs: { key: 'v w', k2: 'x', k3: 'y' }, refs: ['ref'] })
  })
})

describe('kramdown block attribute lists', () => {
  it('apply to the paragraph they follow on the next line, and never show', async () => {
    const html = await render('A centred line.\n{: .centre #intro style="text-align: center"}\n')
    const p = nth(elements(html, 'p'), 0)
    expect(tokens(p, 'className')).toEqual(['centre'])
    expect(attribute(p, 'id')).toBe('intro')
    expect(attribute(p, 'style')).toBe('text-align: center')
    expect(text(p)).toBe('A centred line.')
    expect(html).not.toContain('{:')
  })

  it('apply to the blockquote on a line without >, to its paragraph on a line with one', async () => {
    const html = await render('> A tip\n> on two lines.\n{: .prompt-tip }\n\n> Inside.\n> {: .inner}\n')
    const [tip, inner] = [nth(elements(html, 'blockquote'), 0), nth(elements(html, 'blockquote'), 1)]
    expect(tokens(tip, 'className')).toEqual(['prompt-tip'])
    expect(inside(tip, 'p').map((p) => attribute(p, 'class'))).toEqual([undefined])
    expect(tokens(inner, 'className')).toEqual([])
    expect(inside(inner, 'p').map((p) => tokens(p, 'className'))).toEqual([['inner']])
    expect(html).not.toContain('{:')
  })

  it('apply to a heading from the line after it, and to the block after a standalone list', async () => {
    const html = await render('## Contents\n{:.no_toc}\n\n{: .lead}\nThe lead.\n')
    expect(tokens(nth(elements(html, 'h2'), 0), 'className')).toContain('no_toc')
    expect(tokens(nth(elements(html, 'p'), 0), 'className')).toEqual(['lead'])
    expect(html).not.toContain('{:')
  })

  it('resolve attribute list definitions by name', async () => {
    const html = await render('{:refdef: style="text-align: center;"}\n\nCentred.\n{: refdef}\n')
    expect(attribute(nth(elements(html, 'p'), 0), 'style')).toBe('text-align: center')
    expect(html).not.toContain('refdef')
  })

  it('set a heading id with {#id}', async () => {
    const html = await render('## Why it matters {#why}\n\nText.\n')
    expect(attribute(nth(elements(html, 'h2'), 0), 'id')).toBe('why')
    expect(text(nth(elements(html, 'h2'), 0))).toBe('Why it matters')
  })

  it('leave braces that are no attribute list alone', async () => {
    const html = await render('A set {a, b} and {:not closed.\n')
    expect(text(nth(elements(html, 'p'), 0))).toBe('A set {a, b} and {:not closed.')
  })
})

describe('kramdown span attribute lists', () => {
  it('apply to the image or emphasis just before them', async () => {
    const html = await render('![A chart](/chart.png){: width="750" .wide} and *this*{:.note} here\n')
    const img = nth(elements(html, 'img'), 0)
    expect(String(img.properties.width)).toBe('750')
    expect(tokens(img, 'className')).toContain('wide')
    expect(tokens(nth(elements(html, 'em'), 0), 'className')).toEqual(['note'])
    expect(text(nth(elements(html, 'p'), 0))).toBe('and this here')
  })
})

describe('kramdown {:toc}', () => {
  it('replaces the marked list with links to the headings, skipping .no_toc ones', async () => {
    const html = await render('## Contents\n{:.no_toc}\n\n* TOC\n{:toc}\n\n## First\n\n### Inner\n\n## Second\n')
    const toc = elements(html, 'ul').find((ul) => attribute(ul, 'id') === 'markdown-toc')
    expect(toc).toBeDefined()
    const links = toc ? inside(toc, 'a') : []
    expect(links.map(text)).toEqual(['First', 'Inner', 'Second'])
    expect(links.map((a) => attribute(a, 'href'))).toEqual(['#first', '#inner', '#second'])
    expect(html).not.toContain('TOC')
  })

  it('respects toc_levels, and numbers an ordered list', async () => {
    const html = await render('1. Automatic Table of Contents Here\n{:toc}\n\n## Kept\n\n##### Too deep\n', { kramdown: { tocLevels: [1, 2, 3, 4] } })
    const toc = nth(elements(html, 'ol'), 0)
    expect(attribute(toc, 'id')).toBe('markdown-toc')
    expect(inside(toc, 'a').map(text)).toEqual(['Kept'])
  })

  it('leaves a list without {:toc} alone', async () => {
    const html = await render('* TOC\n* more\n')
    expect(elements(html, 'li').map(text)).toEqual(['TOC', 'more'])
  })
})

describe('kramdown typography in posts', () => {
  it('curls quotes and makes dashes in text, never in code', async () => {
    const html = await render('"Quotes" -- and --- dashes... `"code" -- here`\n\n```\n"fenced" --\n```\n')
    expect(text(nth(elements(html, 'p'), 0))).toBe('“Quotes” – and — dashes… "code" -- here')
    expect(text(nth(elements(html, 'pre'), 0))).toContain('"fenced" --')
  })
})

describe('kramdown definition lists', () => {
  it('turn term lines and ": " definitions into dl, dt and dd, with inline Markdown kept', async () => {
    const html = await render('Jekyll\n: A *static* site generator.\n: Written in Ruby.\n\nkramdown\n\n: Its Markdown.\n')
    expect(elements(html, 'dt').map(text)).toEqual(['Jekyll', 'kramdown'])
    expect(elements(html, 'dd').map(text)).toEqual(['A static site generator.', 'Written in Ruby.', 'Its Markdown.'])
    expect(elements(html, 'em').map(text)).toEqual(['static'])
  })

  it('leave a paragraph with a colon elsewhere alone', async () => {
    const html = await render('Note: this is a sentence.\nAnd: another line.\n')
    expect(elements(html, 'dl')).toEqual([])
  })
})

describe('kramdown abbreviations', () => {
  it('wrap whole-word uses in abbr with the title, and remove the definitions', async () => {
    const html = await render('The HTML spec, not HTMLX, and `HTML` in code.\n\n*[HTML]: Hyper Text Markup Language\n')
    const abbrs = elements(html, 'abbr')
    expect(abbrs.map(text)).toEqual(['HTML'])
    expect(attribute(nth(abbrs, 0), 'title')).toBe('Hyper Text Markup Language')
    expect(html).not.toContain('*[HTML]')
  })

  it('change nothing without definitions', async () => {
    const html = await render('The HTML spec.\n')
    expect(elements(html, 'abbr')).toEqual([])
  })
})

describe('kramdown attribute lists after tables and code', () => {
  it('apply to the table GFM would otherwise give one more row', async () => {
    const html = await render('| a | b |\n| - | - |\n| 1 | 2 |\n{: .data}\n')
    expect(tokens(nth(elements(html, 'table'), 0), 'className')).toEqual(['data'])
    expect(elements(html, 'tr')).toHaveLength(2)
    expect(html).not.toContain('{:')
  })

  it('apply to a fenced code block from the line after it', async () => {
    const html = await render('```\nx\n```\n{: .wide}\n\nAfter.\n')
    expect(html).not.toContain('{:')
    expect(elements(html, 'p').map(text)).toEqual(['After.'])
  })
})

describe('kramdown attribute list definitions inside a paragraph', () => {
  it('are taken out where CommonMark runs them into the text that follows, and a closing reference applies them', async () => {
    const html = await render('{:refdef: style="text-align: center;"}\n<br>\n![A chart](/c.png){: width="350" }\n<br>\n*A caption*\n<br>\n{: refdef}\n\nAfter.\n')
    const p = nth(elements(html, 'p'), 0)
    expect(attribute(p, 'style')).toBe('text-align: center')
    expect(String(nth(elements(html, 'img'), 0).properties.width)).toBe('350')
    expect(html).not.toContain('{:')
    expect(html).not.toContain('refdef')
  })
})

describe('a block attribute list inside a paragraph', () => {
  it('closes the paragraph above it, and the lines below start a new one', async () => {
    const html = await render('{:refdef: style="text-align: center;"}\n![A](/a.png)\n*Caption*\n{: refdef}\nThus, the next paragraph.\n')
    const ps = elements(html, 'p')
    expect(ps.map((p) => attribute(p, 'style'))).toEqual(['text-align: center', undefined])
    expect(text(nth(ps, 1))).toBe('Thus, the next paragraph.')
    expect(html).not.toContain('{:')
  })
})
