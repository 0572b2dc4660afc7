import { describe, expect, it } from 'vitest'
import { htmlToSections } from './sections'

const heading = (level: 2 | 3, id: string, text: string) =>
  `<div class="heading"><h${level} id="${id}">${text}</h${level}><a class="heading-anchor" aria-label="Link to section: ${text}" href="#${id}"><span aria-hidden="true">#</span></a></div>`

describe('htmlToSections', () => {
  it('splits at h2 and h3 with their ids, keeping the intro', () => {
    const html = `<p>Intro <em>text</em>.</p>${heading(2, 'setup', 'Set up')}<p>Install it.</p>${heading(3, 'on-linux', 'On <code>Linux</code>')}<p>Use apt.</p>`
    expect(htmlToSections(html)).toEqual([
      { id: '', title: '', text: 'Intro text.' },
      { id: 'setup', title: 'Set up', text: 'Install it.' },
      { id: 'on-linux', title: 'On Linux', text: 'Use apt.' },
    ])
  })

  it('keeps code, drops markup, anchors, scripts and footnote labels', () => {
    const html = [
      '<p>Run <code>dumb-init</code></p><pre><code><span class="line">docker run --init</span></code></pre>',
      '<script>alert(1)</script><p>After<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p>',
      '<section data-footnotes class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2>',
      '<ol><li><p>A note <a href="#fnref-1" data-footnote-backref aria-label="Back">↩</a></p></li></ol></section>',
    ].join('')
    const sections = htmlToSections(html)
    expect(sections).toHaveLength(1)
    expect(sections[0]?.text).toBe('Run dumb-init docker run --init After A note')
  })

  it('does not start a section at a heading without an id, and separates block text', () => {
    const sections = htmlToSections('<h2>Plain</h2><ul><li>one</li><li>two</li></ul>')
    expect(sections).toEqual([{ id: '', title: '', text: 'Plain one two' }])
  })
})
