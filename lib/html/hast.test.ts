import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { classList, collapseWhitespace, hasClass, isElement, sectionHeading, textOf, tokenList } from './hast'

const element = (tagName: string, properties: Element['properties'] = {}, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children })

/** The first element of an HTML fragment, as the pipeline's parser builds it. */
function parsed(html: string): Element {
  const first = fromHtml(html, { fragment: true }).children.find((node) => node.type === 'element')
  if (!first) throw new Error(`no element in ${html}`)
  return first
}

describe('isElement', () => {
  it('knows an element, and one of the names asked for', () => {
    const pre = element('pre')
    expect(isElement(pre)).toBe(true)
    expect(isElement(pre, 'code', 'pre')).toBe(true)
    expect(isElement(pre, 'code')).toBe(false)
    expect(isElement({ type: 'text', value: 'pre' }, 'pre')).toBe(false)
  })
})

describe('classes', () => {
  it('reads a parsed class list, and a raw class as a string or a list', () => {
    expect(classList(parsed('<div class=" code-block  wide "></div>'))).toEqual(['code-block', 'wide'])
    expect(classList(element('code', { class: 'language-ts  shiki' }))).toEqual(['language-ts', 'shiki'])
    expect(classList(element('code', { class: ['language-ts'] }))).toEqual(['language-ts'])
    expect(classList(element('p'))).toEqual([])
  })

  it('matches whole class names only', () => {
    const label = parsed('<h2 class="sr-only" id="footnote-label">Footnotes</h2>')
    expect(hasClass(label, 'sr-only')).toBe(true)
    expect(hasClass(parsed('<span class="not-sr-only"></span>'), 'sr-only')).toBe(false)
    expect(hasClass(element('span', { className: ['heading-anchor'] }), 'heading')).toBe(false)
  })

  it('reads any token list, such as rel', () => {
    expect(tokenList(parsed('<a rel="nofollow  external">x</a>').properties.rel)).toEqual(['nofollow', 'external'])
    expect(tokenList('noopener')).toEqual(['noopener'])
    expect(tokenList(undefined)).toEqual([])
  })
})

describe('sectionHeading', () => {
  it('is an h2 or h3 with its id and depth', () => {
    expect(sectionHeading(parsed('<h2 id="setup">Set up</h2>'))).toEqual({ depth: 2, id: 'setup' })
    expect(sectionHeading(parsed('<h3 id="on-linux">On Linux</h3>'))).toEqual({ depth: 3, id: 'on-linux' })
  })

  it('is no other level, none without an id, and not the screen-reader-only footnotes label', () => {
    expect(sectionHeading(parsed('<h1 id="title">Title</h1>'))).toBeUndefined()
    expect(sectionHeading(parsed('<h4 id="deep">Deep</h4>'))).toBeUndefined()
    expect(sectionHeading(parsed('<h2>No id</h2>'))).toBeUndefined()
    expect(sectionHeading(parsed('<h2 id="">Empty id</h2>'))).toBeUndefined()
    expect(sectionHeading(parsed('<h2 class="sr-only" id="footnote-label">Footnotes</h2>'))).toBeUndefined()
    expect(sectionHeading(parsed('<p id="setup">Set up</p>'))).toBeUndefined()
  })
})

describe('text', () => {
  it('is every text inside, comments left out, spacing as written', () => {
    expect(textOf(parsed('<h2 id="a">On <code>Linux</code><!-- note -->\n now</h2>'))).toBe('On Linux\n now')
    expect(textOf(element('br'))).toBe('')
  })

  it('collapses runs of whitespace and trims the ends', () => {
    expect(collapseWhitespace('  Install\n\t it  now ')).toBe('Install it now')
    expect(collapseWhitespace('   ')).toBe('')
  })
})
