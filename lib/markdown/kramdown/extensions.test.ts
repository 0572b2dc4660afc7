import { describe, expect, it } from 'vitest'
import { renderMarkdown, type MarkdownOptions } from '../pipeline'
import { rewriteKramdownExtensions } from './extensions'

const options: MarkdownOptions = { variables: {}, siteUrl: 'https://blog.example.com' }
const render = (body: string) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, options)

describe('rewriteKramdownExtensions', () => {
  it('drops comments, on many lines and inline, with either closer', () => {
    const { source } = rewriteKramdownExtensions('Before.\n\n{::comment}\nSecret.\n{:/comment}\n\nInline {::comment}hidden{:/} too.')
    expect(source).not.toMatch(/Secret|hidden|\{:/)
    expect(source).toContain('Inline  too.')
  })
  it('keeps a nomarkdown inside as written, and reads parse_block_html from options', () => {
    const { source, parseBlockHtml } = rewriteKramdownExtensions('{::options parse_block_html="true" /}\n{::nomarkdown}\n<b>*raw*</b>\n{:/nomarkdown}')
    expect(source).toBe('\n\n<b>*raw*</b>\n')
    expect(parseBlockHtml).toBe(true)
  })
  it('leaves fenced code and code spans alone', () => {
    const text = '```\n{::comment}x{:/}\n```\n\nWrite `{::comment}x{:/}` to hide x.'
    expect(rewriteKramdownExtensions(text)).toEqual({ source: text, parseBlockHtml: undefined })
  })
})

describe('kramdown extensions in a post', () => {
  it('renders neither the comment nor the markers, and nomarkdown HTML as HTML', async () => {
    const html = await render('Visible.\n\n{::comment}\nNever shown.\n{:/comment}\n\n{::nomarkdown}\n<div class="raw">Raw</div>\n{:/nomarkdown}\n\nInline {::nomarkdown}<b>bold</b>{:/} here.')
    expect(html).not.toMatch(/Never shown|\{::|\{:\//)
    expect(html).toContain('<div class="raw">Raw</div>')
    expect(html).toContain('<b>bold</b>')
  })
})
