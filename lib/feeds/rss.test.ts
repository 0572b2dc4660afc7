import { describe, expect, it } from 'vitest'
import { feed, feedItem, TRICKY_HTML, TRICKY_TITLE } from '../../test/support/feed'
import { child, children, parseXml } from '../../test/support/xml'
import { cdata, renderRss } from './rss'

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/'

describe('renderRss', () => {
  it('is an RSS 2.0 channel with one item per post, in order', () => {
    const root = parseXml(renderRss(feed([feedItem({ title: 'One' }), feedItem({ title: 'Two', url: 'https://blog.example.com/two/', id: 'https://blog.example.com/two/' })])))
    expect(root.name).toBe('rss')
    expect(root.attributes.version).toBe('2.0')
    const channel = child(root, 'channel')
    expect(child(channel, 'title').text).toBe('Blog & Notes')
    expect(child(channel, 'link').text).toBe('https://blog.example.com/')
    expect(child(channel, 'description').text).toBe('Notes <and> more.')
    expect(child(channel, 'lastBuildDate').text).toBe('Fri, 01 Jul 2016 01:30:00 -0700')
    const self = child(channel, 'atom:link')
    expect(self.attributes).toMatchObject({ href: 'https://blog.example.com/feed.xml', rel: 'self', type: 'application/rss+xml' })
    expect(children(channel, 'item').map((item) => child(item, 'title').text)).toEqual(['One', 'Two'])
  })

  it('gives each item its link, permalink guid, RFC 822 date, authors, tags and full content', () => {
    const item = child(child(parseXml(renderRss(feed([feedItem({ authors: ['Ann Lee', 'Bo Chen'], tags: ['kubernetes', 'C#'] })]))), 'channel'), 'item')
    expect(child(item, 'link').text).toBe('https://blog.example.com/2016/06/20/one/')
    expect(child(item, 'guid').attributes.isPermaLink).toBe('true')
    expect(child(item, 'guid').text).toBe('https://blog.example.com/2016/06/20/one/')
    expect(child(item, 'pubDate').text).toBe('Mon, 20 Jun 2016 10:00:00 -0700')
    expect(children(item, 'dc:creator').map((c) => c.text)).toEqual(['Ann Lee', 'Bo Chen'])
    expect(children(item, 'category').map((c) => c.text)).toEqual(['kubernetes', 'C#'])
    expect(child(item, 'description').text).toBe('About one.')
    const content = child(item, 'content:encoded')
    expect(content.namespace).toBe(CONTENT_NS)
    expect(content.text).toBe('<p>Body of one.</p>')
  })

  it('marks a guid that is not the URL as no permalink', () => {
    const item = child(child(parseXml(renderRss(feed([feedItem({ id: 'tag:blog.example.com,2016:one' })]))), 'channel'), 'item')
    expect(child(item, 'guid').attributes.isPermaLink).toBe('false')
  })

  it('stays well-formed and round-trips a title with markup characters and a body holding ]]>', () => {
    const item = child(child(parseXml(renderRss(feed([feedItem({ title: TRICKY_TITLE, summary: TRICKY_TITLE, html: TRICKY_HTML })]))), 'channel'), 'item')
    expect(child(item, 'title').text).toBe(TRICKY_TITLE)
    expect(child(item, 'description').text).toBe(TRICKY_TITLE)
    expect(child(item, 'content:encoded').text).toBe(TRICKY_HTML)
  })

  it('stays well-formed when the body holds a control character XML forbids', () => {
    const item = child(child(parseXml(renderRss(feed([feedItem({ html: '<pre>a\u0008b\u000Cc</pre>' })]))), 'channel'), 'item')
    expect(child(item, 'content:encoded').text).toBe('<pre>abc</pre>')
  })

  it('is an empty channel, still valid, when there are no posts', () => {
    const channel = child(parseXml(renderRss(feed([]))), 'channel')
    expect(children(channel, 'item')).toEqual([])
  })

  it('would fail on a feed that is not well-formed: a bare ampersand or a lost closing tag', () => {
    const good = renderRss(feed([feedItem()]))
    expect(good).toContain('Blog &amp; Notes')
    expect(good).toContain('</channel>')
    expect(() => parseXml(good.replace('Blog &amp; Notes', 'Blog & Notes'))).toThrow(/not well-formed XML/)
    expect(() => parseXml(good.replace('</channel>', ''))).toThrow(/not well-formed XML/)
  })
})

describe('cdata', () => {
  it('wraps text in one section when it holds no ]]>', () => {
    expect(cdata('<p>a & b</p>')).toBe('<![CDATA[<p>a & b</p>]]>')
  })

  it('splits every ]]> across two sections', () => {
    expect(cdata('x]]>y]]>')).toBe('<![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>]]>')
  })

  it('parses back to the exact text', () => {
    for (const text of ['', ']]>', ']]]]>', 'a]]>b]]>c', ']', ']]', '>']) {
      const root = parseXml(`<r>${cdata(text)}</r>`)
      expect(root.text).toBe(text)
    }
  })
})
