import { SaxesParser } from 'saxes'

/**
 * Test helper: a strict XML parser for feed tests. saxes checks well-formedness as the XML 1.0 and
 * Namespaces specs define it (one root, matched tags, declared entities and prefixes, only allowed
 * characters, no `]]>` in text), so a feed a reader's client would reject fails the test here too.
 */

/** An element as plain data: qualified name, namespace, attributes, child elements and full text. */
export type XmlElement = {
  name: string
  namespace: string | null
  attributes: Record<string, string>
  children: XmlElement[]
  /** All text inside, CDATA sections included, exactly as the parser decoded it. */
  text: string
}

/** The document's root element; throws `not well-formed XML: …` with every problem the parser found. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  const problems: string[] = []
  const open: XmlElement[] = []
  let root: XmlElement | undefined

  const addText = (text: string) => {
    const current = open.at(-1)
    if (current) current.text += text
  }
  parser.on('error', (error) => problems.push(error.message))
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      namespace: tag.uri === '' ? null : tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value])),
      children: [],
      text: '',
    }
    const parent = open.at(-1)
    if (parent) parent.children.push(element)
    else root ??= element
    open.push(element)
  })
  parser.on('closetag', () => {
    const element = open.pop()
    // A parent's text is all the text inside it, in document order: a child's text joins it as the child ends.
    const parent = open.at(-1)
    if (element && parent) parent.text += element.text
  })

  parser.write(xml).close()
  if (problems.length > 0) throw new Error(`not well-formed XML: ${problems.join('; ')}`)
  if (!root) throw new Error('not well-formed XML: no root element')
  return root
}

/** Child elements named `name` (qualified, e.g. `content:encoded`). */
export function children(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((child) => child.name === name)
}

/** The one child named `name`, failing with a clear message when there is not exactly one. */
export function child(node: XmlElement, name: string): XmlElement {
  const found = children(node, name)
  const first = found[0]
  if (found.length !== 1 || !first) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`)
  return first
}
