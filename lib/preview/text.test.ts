import { describe, expect, it } from 'vitest'
import { renderedText, textBlocks } from './text'

describe('renderedText', () => {
  it('keeps one block per paragraph, heading and list item, with spaces collapsed', () => {
    const html = '<h2 id="a">Why <em>we</em> moved<a href="#a"><span aria-hidden="true">#</span></a></h2>\n<p>One\n  two.</p><ul><li>first</li><li>second <code>x</code></li></ul>'
    expect(textBlocks(renderedText(html))).toEqual(['Why we moved', 'One two.', 'first', 'second x'])
  })

  it('splits code into lines and leaves out buttons and scripts', () => {
    const html = '<pre><code>const a = 1\nconst b = 2</code><button class="copy-button">Copy</button></pre><script>alert(1)</script>'
    expect(textBlocks(renderedText(html))).toEqual(['const a = 1', 'const b = 2'])
  })

  it('reads an image by its alt text and ignores one without', () => {
    expect(renderedText('<p>See <img src="/a.png" alt="the graph"> and <img src="/b.png" alt=""></p>')).toBe('See [the graph] and')
  })

  it('gives no blocks for an empty post', () => {
    expect(textBlocks(renderedText(''))).toEqual([])
  })
})
