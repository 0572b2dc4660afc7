import { describe, expect, it } from 'vitest'
import { feed, feedItem, TRICKY_HTML, TRICKY_TITLE } from '../../test/support/feed'
import { child, children, parseXml } from '../../test/support/xml'
import { renderAtom } from './atom'

const ATOM_NS = 'http://www.w3.org/2005/Atom'

describe('renderAtom', () => {
  it('is an Atom feed naming itself, its page, its update time and an author', () => {
    const root = parseXml(renderAtom(feed([feedItem()])))
    expect(root.name).toBe('feed')
    expect(root.namespace).toBe(ATOM_NS)
    expect(root.attributes['xml:lang']).toBe('en')
    expect(child(root, 'title').text).toBe('Blog & Notes')
    expect(child(root, 'subtitle').text).toBe('Notes <and> more.')
    expect(child(root, 'id').text).toBe('https://blog.example.com/atom.xml')
    expect(child(root, 'updated').text).toBe('2016-07-01T01:30:00-07:00')
    expect(children(root, 'link').map((l) => l.attributes)).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://blog.example.com/' },
      { rel: 'self', type: 'application/atom+xml', href: 'https://blog.example.com/atom.xml' },
    ])
    expect(child(child(root, 'author'), 'name').text).toBe('Blog & Notes')
  })

  it('gives each entry its id, link, dates, authors, categories, summary and HTML content', () => {
    const root = parseXml(renderAtom(feed([feedItem({ authors: ['Ann Lee', 'Bo Chen'], tags: ['kubernetes', 'C#'] })])))
    const entry = child(root, 'entry')
    expect(entry.namespace).toBe(ATOM_NS)
    expect(child(entry, 'id').text).toBe('https://blog.example.com/2016/06/20/one/')
    expect(child(entry, 'link').attributes).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://blog.example.com/2016/06/20/one/' })
    expect(child(entry, 'published').text).toBe('2016-06-20T10:00:00-07:00')
    expect(child(entry, 'updated').text).toBe('2016-07-01T01:30:00-07:00')
    expect(children(entry, 'author').map((a) => child(a, 'name').text)).toEqual(['Ann Lee', 'Bo Chen'])
    expect(children(entry, 'category').map((c) => c.attributes.term)).toEqual(['kubernetes', 'C#'])
    expect(child(entry, 'summary').text).toBe('About one.')
    const content = child(entry, 'content')
    expect(content.attributes.type).toBe('html')
    expect(content.children).toEqual([])
    expect(content.text).toBe('<p>Body of one.</p>')
  })

  it('keeps entries in the order given', () => {
    const root = parseXml(renderAtom(feed([feedItem({ title: 'Newer' }), feedItem({ title: 'Older' })])))
    expect(children(root, 'entry').map((e) => child(e, 'title').text)).toEqual(['Newer', 'Older'])
  })

  it('stays well-formed and round-trips a title with markup characters and a body holding ]]>', () => {
    const root = parseXml(renderAtom(feed([feedItem({ title: TRICKY_TITLE, tags: [TRICKY_TITLE], html: TRICKY_HTML })], { title: TRICKY_TITLE })))
    expect(child(root, 'title').text).toBe(TRICKY_TITLE)
    const entry = child(root, 'entry')
    expect(child(entry, 'title').text).toBe(TRICKY_TITLE)
    expect(child(entry, 'category').attributes.term).toBe(TRICKY_TITLE)
    expect(child(entry, 'content').text).toBe(TRICKY_HTML)
  })

  it('stays well-formed when the body holds a control character XML forbids', () => {
    const root = parseXml(renderAtom(feed([feedItem({ html: '<pre>a\u0008b\u000Cc</pre>' })])))
    expect(child(child(root, 'entry'), 'content').text).toBe('<pre>abc</pre>')
  })

  it('is a feed without entries, still valid, when there are no posts', () => {
    expect(children(parseXml(renderAtom(feed([]))), 'entry')).toEqual([])
  })

  it('would fail on a feed that is not well-formed: a bare ampersand or a lost closing tag', () => {
    const good = renderAtom(feed([feedItem()]))
    expect(good).toContain('Blog &amp; Notes')
    expect(good).toContain('</entry>')
    expect(() => parseXml(good.replace('Blog &amp; Notes', 'Blog & Notes'))).toThrow(/not well-formed XML/)
    expect(() => parseXml(good.replace('</entry>', ''))).toThrow(/not well-formed XML/)
  })
})
