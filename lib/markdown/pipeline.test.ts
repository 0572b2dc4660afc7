import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { attribute, childElements, elements, nth, text, tokens } from '../../test/support/html'
import { applyMarkdownPipeline, renderMarkdown, type MarkdownOptions } from './pipeline'
import { preparePost } from '../content/prepare'
import { site } from '../site'

const options: MarkdownOptions = {
  variables: { baseurl: '', url: 'https://blog.example.com', title: 'Example' },
  siteUrl: 'https://blog.example.com',
}

const render = (body: string, title = 'A post') => renderMarkdown(`---\ntitle: ${title}\n---\n\n${body}`, options)

describe('GitHub Flavored Markdown', () => {
  it('renders a table with its alignment', async () => {
    const html = await render('| name | size |\n| --- | ---: |\n| a | 1 |\n| b | 2 |\n')
    expect(elements(html, 'th').map(text)).toEqual(['name', 'size'])
    expect(elements(html, 'td').map(text)).toEqual(['a', '1', 'b', '2'])
    expect(attribute(nth(elements(html, 'td'), 1), 'align')).toBe('right')
  })

  it('renders a footnote reference and the note, linked both ways', async () => {
    const html = await render('A claim.[^src]\n\n[^src]: The source.\n')
    const ref = nth(elements(html, 'sup'), 0)
    const refLink = nth(childElements(ref, 'a'), 0)
    const note = elements(html, 'li').find((li) => text(li).startsWith('The source.'))
    expect(note).toBeDefined()
    expect(attribute(refLink, 'href')).toBe(`#${note && attribute(note, 'id')}`)
    expect(elements(html, 'a').some((a) => attribute(a, 'href') === `#${attribute(refLink, 'id')}`)).toBe(true)
  })

  it('renders a task list with checked and unchecked boxes', async () => {
    const html = await render('- [ ] write tests\n- [x] read the issue\n')
    const boxes = elements(html, 'input')
    expect(boxes.map((box) => [attribute(box, 'type'), box.properties.checked === true])).toEqual([
      ['checkbox', false],
      ['checkbox', true],
    ])
  })

  it('turns bare URLs and www. addresses into links', async () => {
    const html = await render('See https://example.com/docs and www.example.org today.\n')
    expect(elements(html, 'a').map((a) => attribute(a, 'href'))).toEqual(['https://example.com/docs', 'http://www.example.org'])
  })

  it('keeps raw HTML', async () => {
    const html = await render('<figure class="wide"><img src="/a.png" alt="A"><figcaption>Caption</figcaption></figure>\n')
    expect(elements(html, 'figure').map((f) => tokens(f, 'className'))).toEqual([['wide']])
    expect(elements(html, 'figcaption').map(text)).toEqual(['Caption'])
  })
})

describe('fenced code', () => {
  it('is highlighted at build time, with both themes and no script', async () => {
    const html = await render("```ts\nconst answer: number = 42\n```\n")
    const pre = nth(elements(html, 'pre'), 0)
    expect(tokens(pre, 'className')).toEqual(expect.arrayContaining(['shiki', 'github-light', 'github-dark']))
    expect(tokens(nth(elements(html, 'code'), 0), 'className')).toContain('language-ts')
    const colored = elements(html, 'span').filter((span) => /--shiki-light:#[0-9a-f]{6};--shiki-dark:#/i.test(attribute(span, 'style') ?? ''))
    expect(colored.length).toBeGreaterThan(2)
    expect(elements(html, 'script')).toEqual([])
    expect(text(pre)).toBe('const answer: number = 42')
  })

  it('falls back to plain text for an unknown language, keeping the code', async () => {
    const html = await render('```nosuchlanguage\n<b>kept as text</b>\n```\n')
    expect(tokens(nth(elements(html, 'code'), 0), 'className')).toContain('language-text')
    expect(text(nth(elements(html, 'pre'), 0))).toBe('<b>kept as text</b>')
    expect(elements(html, 'b')).toEqual([])
  })
})

describe('headings', () => {
  it('demotes every heading when the body has a real h1 that is not the title', async () => {
    const html = await render('# Section\n\nText.\n\n## Detail\n\n###### Deepest\n')
    expect(elements(html, 'h1')).toEqual([])
    expect(elements(html, 'h2').map(text)).toEqual(['Section'])
    expect(elements(html, 'h3').map(text)).toEqual(['Detail'])
    expect(elements(html, 'h6').map(text)).toEqual(['Deepest'])
  })

  it('drops a first h1 that repeats the title, ignoring case, spaces and punctuation', async () => {
    const html = await render('# Container-Days in boston!\n\nText.\n\n## Part\n', 'ContainerDays in Boston')
    expect(elements(html, 'h1')).toEqual([])
    expect(html).not.toContain('Container-Days')
    expect(elements(html, 'h2').map(text)).toEqual(['Part'])
  })

  it('leaves the levels alone when the body has no h1', async () => {
    const html = await render('## Part\n\n### Sub\n')
    expect(elements(html, 'h2').map((h) => attribute(h, 'id'))).toEqual(['part'])
    expect(elements(html, 'h3').map((h) => attribute(h, 'id'))).toEqual(['sub'])
  })
})

describe('links', () => {
  it('makes links to the site’s own origin site-relative and leaves them without noopener', async () => {
    const html = await render('[about](https://blog.example.com/about/) and [home](https://blog.example.com)\n')
    const links = elements(html, 'a')
    expect(links.map((a) => attribute(a, 'href'))).toEqual(['/about/', '/'])
    expect(links.flatMap((a) => tokens(a, 'rel'))).toEqual([])
  })

  it('marks external and protocol-relative links noopener, keeping a rel the author set', async () => {
    const html = await render('[x](https://other.example/) [y](//cdn.example/a.js) <a href="https://z.example/" rel="nofollow">z</a>\n')
    expect(elements(html, 'a').map((a) => tokens(a, 'rel'))).toEqual([['noopener'], ['noopener'], ['nofollow', 'noopener']])
  })

  it('does not treat a look-alike origin as the site', async () => {
    const html = await render('[x](https://blog.example.com.evil.example/page)\n')
    expect(attribute(nth(elements(html, 'a'), 0), 'href')).toBe('https://blog.example.com.evil.example/page')
  })

  it('leaves mail, relative and fragment links alone', async () => {
    const html = await render('[m](mailto:a@example.com) [r](../other/) [f](#part)\n')
    const links = elements(html, 'a')
    expect(links.map((a) => attribute(a, 'href'))).toEqual(['mailto:a@example.com', '../other/', '#part'])
    expect(links.flatMap((a) => tokens(a, 'rel'))).toEqual([])
  })
})

describe('images', () => {
  it('load lazily, and get an empty alt only when the author gave none', async () => {
    const html = await render('![A chart](/chart.png)\n\n<img src="/b.png">\n')
    expect(elements(html, 'img').map((img) => [attribute(img, 'alt'), attribute(img, 'loading'), attribute(img, 'decoding')])).toEqual([
      ['A chart', 'lazy', 'async'],
      ['', 'lazy', 'async'],
    ])
  })
})

describe('Liquid site variables', () => {
  it('resolves {{ site.url }} and {{ site.title }} from the options', async () => {
    const html = await render('Welcome to {{ site.title }}, served from `{{ site.url }}`.\n')
    expect(text(nth(elements(html, 'p'), 0))).toBe('Welcome to Example, served from https://blog.example.com.')
  })

  it('renders an unknown variable as nothing, as Jekyll does', async () => {
    const html = await render('[{{ site.nope }}] and [{{ page.nope }}]\n')
    expect(text(nth(elements(html, 'p'), 0))).toBe('[] and []')
  })

  it('fails on a Liquid problem, naming the file and the line in the whole file', async () => {
    const processor = unified()
    applyMarkdownPipeline(processor, options)
    const source = '---\ntitle: A post\n---\n\nLine five.\n\n{% post_url 2001-01-01-nowhere %}\n'
    await expect(processor.process({ path: 'posts/2020-01-01-bad.md', value: source })).rejects.toThrow(
      expect.objectContaining({ name: 'ContentError', file: 'posts/2020-01-01-bad.md', field: 'body' }),
    )
    await expect(renderMarkdown(source, options)).rejects.toThrow('there is no post "2001-01-01-nowhere" (line 7)')
    await expect(renderMarkdown('---\ntitle: x\n---\n{% if x %}never closed\n', options)).rejects.toThrow(/Liquid: .*not closed.*\(line 4\)/)
  })

  it('names the file as Contentlayer gives it, which arrives after parsing starts', async () => {
    const processor = unified()
    // Contentlayer adds the raw document to the file in a transformer of its own, used before our pipeline.
    processor.use(() => (_tree, file) => void Object.assign(file.data, { rawDocumentData: { sourceFilePath: 'posts/from-contentlayer.md' } }))
    applyMarkdownPipeline(processor, options)
    await expect(processor.process('{% post_url nope %}\n')).rejects.toThrow(expect.objectContaining({ file: 'posts/from-contentlayer.md' }))
  })

  it('gives page.* the post\'s front matter, slug and URL', async () => {
    const processor = unified()
    processor.use(() => (_tree, file) => void Object.assign(file.data, { rawDocumentData: { sourceFilePath: 'posts/2016-06-20-boston-days.md' } }))
    applyMarkdownPipeline(processor, options)
    const source = '---\ntitle: Boston\nteam: infra\n---\n{{ page.title }}|{{ page.team }}|{{ page.slug }}|{{ page.url }}|{{ page.date | date: "%Y" }}\n'
    // Contentlayer reads the prepare step's copy, which carries the URL and date Jekyll gives the post.
    const prepared = preparePost({ file: 'posts/2016-06-20-boston-days.md', source, site, now: new Date(), mtime: new Date() })
    if (prepared.kind !== 'post') throw new Error(prepared.reason)
    const html = String(await processor.process(prepared.text))
    expect(text(nth(elements(html, 'p'), 0))).toBe('Boston|infra|boston-days|/2016/06/20/boston-days/|2016')
  })

  it('runs no Liquid on a post with render_with_liquid: false, as Jekyll does', async () => {
    const html = await renderMarkdown('---\ntitle: x\nrender_with_liquid: false\n---\nWrite {{ name }} and {% if x %} in a template.\n', options)
    expect(text(nth(elements(html, 'p'), 0))).toBe('Write {{ name }} and {% if x %} in a template.')
    const rendered = await renderMarkdown('---\ntitle: x\nrender_with_liquid: true\n---\n[{{ name }}]\n', options)
    expect(text(nth(elements(rendered, 'p'), 0))).toBe('[]')
  })

  it('keeps {% raw %} Liquid as literal text', async () => {
    const html = await render('{% raw %}`{{ site.nope }}`{% endraw %}\n')
    expect(text(nth(elements(html, 'code'), 0))).toBe('{{ site.nope }}')
  })
})

describe('math (site.math)', () => {
  const withMath = (body: string) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, { ...options, math: true })

  it('renders $…$ and $$…$$ to KaTeX HTML with MathML, at build time', async () => {
    const html = await withMath('Energy is $E = mc^2$.\n\n$$\n\\int_0^1 x\\,dx = \\tfrac12\n$$')
    expect(html).toContain('class="katex"')
    expect(html).toContain('class="katex-display"')
    expect(html).toContain('<math')
    expect(html).not.toContain('language-math')
  })

  it('leaves dollars alone when math is off', async () => {
    const html = await render('It costs $5 and $6.')
    expect(html).toContain('It costs $5 and $6.')
    expect(html).not.toContain('katex')
  })
})
