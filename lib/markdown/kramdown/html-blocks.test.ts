import { describe, expect, it } from 'vitest'
import { elements, nth, text } from '../../../test/support/html'
import { renderMarkdown, type MarkdownOptions } from '../pipeline'
import { rewriteHtmlBlocks } from './html-blocks'

const options: MarkdownOptions = { variables: {}, siteUrl: 'https://blog.example.com' }
const render = (body: string, parseBlockHtml = false) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, { ...options, kramdown: { parseBlockHtml } })

describe('rewriteHtmlBlocks', () => {
  it('opens an element with markdown="1" so its inside is Markdown, dropping the attribute', () => {
    expect(rewriteHtmlBlocks('<div class="x" markdown="1">\n  **bold**\n</div>\nafter', false)).toBe('<div class="x">\n\n**bold**\n\n</div>\nafter')
  })

  it('keeps an element without it raw, whole, even across blank lines', () => {
    expect(rewriteHtmlBlocks('<div>\n<p>a</p>\n\n    <p>b</p>\n</div>', false)).toBe('<div>\n<p>a</p>\n    <p>b</p>\n</div>')
  })

  it('never touches fenced code or preformatted text', () => {
    const fenced = '```\n<div markdown="1">\n\nx\n</div>\n```'
    expect(rewriteHtmlBlocks(fenced, true)).toBe(fenced)
    const pre = '<div>\n<pre>a\n\nb</pre>\n</div>'
    expect(rewriteHtmlBlocks(pre, false)).toBe(pre)
  })

  it('follows parse_block_html, and markdown="0" overrides it', () => {
    expect(rewriteHtmlBlocks('<section>\n*hi*\n</section>', true)).toBe('<section>\n\n*hi*\n\n</section>')
    expect(rewriteHtmlBlocks('<section markdown="0">\n*hi*\n</section>', true)).toBe('<section markdown="0">\n*hi*\n</section>')
  })
})

describe('HTML blocks in posts', () => {
  it('render Markdown inside markdown="1", nested elements too', async () => {
    const html = await render('<div class="note" markdown="1">\n## Inside\n\nSome *emphasis* and [a link](/x/).\n<div markdown="1">\n- item\n</div>\n</div>\n')
    expect(elements(html, 'h2').map(text)).toEqual(['Inside'])
    expect(elements(html, 'em').map(text)).toEqual(['emphasis'])
    expect(elements(html, 'li').map(text)).toEqual(['item'])
    expect(html).not.toContain('markdown=')
  })

  it('leave Markdown inside plain HTML as text, as kramdown does by default', async () => {
    const html = await render('<div>\n*not emphasis*\n</div>\n')
    expect(elements(html, 'em')).toEqual([])
    expect(text(nth(elements(html, 'div'), 0))).toBe('*not emphasis*')
  })
})
