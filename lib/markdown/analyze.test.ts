import { describe, expect, it } from 'vitest'
import { countWords, summarizeHtml } from './analyze'

describe('summarizeHtml excerpt', () => {
  it('is everything before <!-- more -->, comment dropped', () => {
    const html = '<p>One.</p>\n<ul><li>Two</li></ul>\n<!-- more -->\n<p>Three.</p>'
    const summary = summarizeHtml(html)
    expect(summary.excerptHtml).toBe('<p>One.</p>\n<ul><li>Two</li></ul>')
    expect(summary.excerptText).toBe('One. Two')
  })

  it('accepts <!--more--> written tight or in capitals', () => {
    expect(summarizeHtml('<p>A.</p><!--MORE--><p>B.</p>').excerptHtml).toBe('<p>A.</p>')
  })

  it('is the first paragraph when there is no more marker, skipping headings and other comments', () => {
    const summary = summarizeHtml('<!-- note --><div class="heading"><h2 id="x">X</h2></div><p>First <em>one</em>.</p><p>Second.</p>')
    expect(summary.excerptHtml).toBe('<p>First <em>one</em>.</p>')
    expect(summary.excerptText).toBe('First one.')
  })

  it('is empty for a body without paragraphs', () => {
    expect(summarizeHtml('<h2 id="a">A</h2><pre><code>x</code></pre>')).toMatchObject({ excerptHtml: '', excerptText: '' })
  })
})

describe('summarizeHtml headings', () => {
  it('lists h2 and h3 with their ids in order, nested or not', () => {
    const html = '<div class="heading"><h2 id="a">Alpha <code>b</code></h2></div><h3 id="c">Gamma</h3><h4 id="d">Delta</h4><h2 id="e">Epsilon</h2>'
    expect(summarizeHtml(html).headings).toEqual([
      { depth: 2, id: 'a', text: 'Alpha b' },
      { depth: 3, id: 'c', text: 'Gamma' },
      { depth: 2, id: 'e', text: 'Epsilon' },
    ])
  })

  it('skips h1, headings without an id, and screen-reader-only ones such as the footnotes label', () => {
    const html = '<h1 id="t">Title</h1><h2>No id</h2><h2 class="sr-only" id="footnote-label">Footnotes</h2><h2 id="real">Real</h2>'
    expect(summarizeHtml(html).headings).toEqual([{ depth: 2, id: 'real', text: 'Real' }])
  })
})

describe('word counts', () => {
  it('counts the words of the whole body, ignoring markup and punctuation-only tokens', () => {
    // Blocks separated by newlines, as the Markdown pipeline writes them.
    expect(summarizeHtml('<p>One two, three.</p>\n<!-- more -->\n<p>Four – <a href="/x">five</a> six!</p>').words).toBe(6)
  })

  it('counts words in any script, and numbers', () => {
    expect(countWords('Grüße aus Zürich 2016 — ok')).toBe(5)
    expect(countWords('  \n ')).toBe(0)
  })
})
