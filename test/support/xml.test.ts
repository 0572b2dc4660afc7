import { describe, expect, it } from 'vitest'
import { child, parseXml } from './xml'

describe('the XML parser the feed tests rely on', () => {
  it('reads elements, namespaces, attributes and decoded text', () => {
    const root = parseXml('<?xml version="1.0"?><r xmlns:x="urn:x"><x:a k="1 &amp; 2">a &lt; b<![CDATA[ & <c>]]></x:a></r>')
    const a = child(root, 'x:a')
    expect(a.namespace).toBe('urn:x')
    expect(a.attributes.k).toBe('1 & 2')
    expect(a.text).toBe('a < b & <c>')
  })

  it('gives an element all the text inside it, in document order, and no namespace as null', () => {
    const root = parseXml('<r>a<b>b<c>c</c></b>d</r>')
    expect(root.namespace).toBeNull()
    expect(root.text).toBe('abcd')
    expect(child(root, 'b').text).toBe('bc')
  })

  it.each([
    '<r>&</r>', // a bare ampersand
    '<r><a></r>', // a tag left open
    '<r>a</r><r>b</r>', // two roots
    '<r>\u0008</r>', // a control character XML 1.0 forbids
    '<r><![CDATA[a]]>]]></r>x', // ]]> in text, and text after the root
    '<r>&nbsp;</r>', // an entity XML does not declare
    '<x:r/>', // an unbound namespace prefix
    '<r a="1" a="2"/>', // a repeated attribute
    '<r>', // cut short
    '',
  ])('rejects %j', (source) => {
    expect(() => parseXml(source)).toThrow(/not well-formed XML/)
  })
})
