import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'

/**
 * Test helper: a real XML parser for feed tests. No XML parser is among the project's packages, so this
 * drives the system Chromium's `DOMParser` (the browser the end-to-end suite already needs), which rejects
 * any document that is not well-formed.
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

export type XmlParser = {
  /** The document's root element; throws with the parser's message when `xml` is not well-formed. */
  parse(xml: string): Promise<XmlElement>
  close(): Promise<void>
}

function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim()
  if (fromEnv) return fromEnv
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path))
    if (found) return found
  }
  throw new Error('no Chromium found for the XML parser: install chromium or set CHROMIUM_PATH')
}

export async function openXmlParser(): Promise<XmlParser> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] })
  const page: Page = await browser.newPage()
  return {
    async parse(xml) {
      const result = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        const error = doc.getElementsByTagName('parsererror')[0]
        if (error) return { error: error.textContent ?? 'parsererror' }
        const toData = (el: Element): XmlElement => ({
          name: el.tagName,
          namespace: el.namespaceURI,
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          children: [...el.children].map(toData),
          text: el.textContent ?? '',
        })
        return { root: toData(doc.documentElement) }
      }, xml)
      if ('error' in result) throw new Error(`not well-formed XML: ${result.error}`)
      return result.root
    },
    close: () => browser.close(),
  }
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
