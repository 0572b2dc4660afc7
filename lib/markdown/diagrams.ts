import type { Element, Parents, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { ContentError } from '../content/error'
import { diagramKey, readCached, writeCached } from '../diagrams/cache'
import { chromiumExecutable, DiagramSyntaxError, renderMermaid, type Rendered } from '../diagrams/render'
import { shownName } from './liquid'

export type DiagramOptions = {
  /** Where rendered SVGs are kept (content/diagrams/). */
  cacheDir: string
  /** Renders a diagram the cache lacks; the default uses the system Chromium. `null`: this machine has none. */
  render?: ((source: string, id: string) => Promise<Rendered>) | null
}

function defaultRenderer(): ((source: string, id: string) => Promise<Rendered>) | null {
  const executable = chromiumExecutable()
  return executable === undefined ? null : (source, id) => renderMermaid(source, id, executable)
}

/**
 * ```mermaid blocks → inline SVG, one per theme (CSS shows the one in force). Runs before highlighting and
 * after anything that cleans post HTML: the SVG is Mermaid's output, never the post's own markup.
 */
export function rehypeDiagrams(options: DiagramOptions) {
  return async (tree: Root, file: VFile) => {
    const found: { parent: Parents; index: number; source: string }[] = []
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      const classes = code?.properties.className
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return
      found.push({ parent, index, source: toString(code) })
    })
    if (found.length === 0) return
    const render = options.render === undefined ? defaultRenderer() : options.render
    for (const { parent, index, source } of found) {
      const key = diagramKey(source)
      let rendered = readCached(options.cacheDir, key)
      if (!rendered) {
        if (!render) {
          throw new ContentError(shownName(file), 'body', `the Mermaid diagram ${key} has no rendered SVG in content/diagrams/ and this machine has no Chromium to render it`, 'build once where Chromium is installed (or set CHROMIUM_PATH) and commit content/diagrams/')
        }
        try {
          rendered = await render(source, `diagram-${key}`)
        } catch (error) {
          if (!(error instanceof DiagramSyntaxError)) throw error
          const first = source.trim().split('\n')[0] ?? ''
          throw new ContentError(shownName(file), 'body', `the Mermaid diagram "${first}" does not parse: ${error.message.split('\n').slice(0, 3).join(' ')}`, 'correct the diagram (mermaid.live shows the error as you type)')
        }
        writeCached(options.cacheDir, key, rendered)
      }
      parent.children[index] = figure(rendered)
    }
  }
}

function figure(rendered: Rendered): Element {
  const svg = (markup: string, theme: string): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['diagram__svg', `diagram__svg--${theme}`] },
    children: fromHtml(markup, { fragment: true, space: 'svg' }).children.filter((child): child is Element => child.type === 'element'),
  })
  return { type: 'element', tagName: 'figure', properties: { className: ['diagram'] }, children: [svg(rendered.light, 'light'), svg(rendered.dark, 'dark')] }
}
