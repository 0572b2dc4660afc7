import { describe, expect, it } from 'vitest'
import { renderMarkdown, type MarkdownOptions } from '../pipeline'

const options: MarkdownOptions = { variables: { baseurl: '', url: 'https://example.com', title: 'Example' }, siteUrl: 'https://example.com' }
const render = (body: string) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, options)

// Each expectation is what Jekyll 4.3 (kramdown 2.4) writes for the same paragraph.
describe('raw HTML inside a paragraph, as kramdown reads it', () => {
  it('shows a block-level tag met mid-paragraph as written, and its closing tag', async () => {
    expect(await render('one <p class="raw">two</p> three')).toContain('<p>one &#x3C;p class="raw">two&#x3C;/p> three</p>')
    expect(await render('fourteen <iframe src="https://example.com/x"></iframe>')).toContain('&#x3C;iframe src="https://example.com/x">&#x3C;/iframe>')
  })
  it('keeps span-level elements, void elements and comments as HTML', async () => {
    const html = await render('four <span class="k">five <em>six</em></span> seven <br> ten <b>x</b>')
    expect(html).toContain('<span class="k">five <em>six</em></span> seven <br> ten <b>x</b>')
  })
  it('shows a closing tag that closes nothing in the paragraph as written', async () => {
    expect(await render('eight </span> nine')).toContain('<p>eight &#x3C;/span> nine</p>')
  })
  it('leaves HTML that starts a block of its own alone', async () => {
    expect(await render('<div class="note">block</div>')).toContain('<div class="note">block</div>')
  })
})
