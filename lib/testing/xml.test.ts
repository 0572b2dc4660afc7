import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { child, openXmlParser, type XmlParser } from './xml'

let xml: XmlParser
beforeAll(async () => {
  xml = await openXmlParser()
})
afterAll(async () => {
  await xml.close()
})

describe('the XML parser the feed tests rely on', () => {
  it('reads elements, namespaces, attributes and decoded text', async () => {
    const root = await xml.parse('<?xml version="1.0"?><r xmlns:x="urn:x"><x:a k="1 &amp; 2">a &lt; b<![CDATA[ & <c>]]></x:a></r>')
    const a = child(root, 'x:a')
    expect(a.namespace).toBe('urn:x')
    expect(a.attributes.k).toBe('1 & 2')
    expect(a.text).toBe('a < b & <c>')
  })

  it.each(['<r>&</r>', '<r><a></r>', '<r>a</r><r>b</r>', '<r>\u0008</r>', '<r><![CDATA[a]]>]]></r>x'])('rejects %j', async (source) => {
    await expect(xml.parse(source)).rejects.toThrow(/not well-formed XML/)
  })
})
