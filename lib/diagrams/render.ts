import { createRequire } from 'node:module'
import { chromiumPath } from '../build/chromium.mjs'

/**
 * Mermaid source → SVG, once per theme, with Mermaid's own browser bundle in the system Chromium. Used only
 * for diagrams not yet in the cache (lib/diagrams/cache.ts), so hosts without a browser build from the
 * SVGs committed with the posts. A diagram Mermaid cannot parse is an error carrying Mermaid's message.
 */
export type Rendered = { light: string; dark: string }

export class DiagramSyntaxError extends Error {}

/** The system Chromium (lib/build/chromium.mjs, the project's one lookup), or undefined on a host without one. */
export function chromiumExecutable(): string | undefined {
  try {
    return chromiumPath()
  } catch {
    return undefined
  }
}

export async function renderMermaid(source: string, id: string, executablePath: string): Promise<Rendered> {
  const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')
  // Loaded only when a diagram is drawn: every process that loads the Markdown chain would pay for it.
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    // Nothing a diagram names is fetched (an image node's URL): the build never reaches the network.
    await page.route('**/*', (route) => route.abort())
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ path: bundle })
    const render = (theme: 'default' | 'dark', suffix: string) =>
      page.evaluate(
        async ({ code, theme, id }) => {
          const mermaid = Reflect.get(window, 'mermaid')
          mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false } })
          try {
            await mermaid.parse(code)
          } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) }
          }
          try {
            const { svg } = await mermaid.render(id, code)
            return { svg: String(svg) }
          } catch (error) {
            // An image node's picture is never fetched (the route below refuses it), so it cannot be measured.
            return { error: `drawing failed: ${error instanceof Error ? error.message : String(error)} (images a diagram names are not fetched at build time)` }
          }
        },
        { code: source, theme, id: `${id}-${suffix}` },
      )
    const light = await render('default', 'l')
    if ('error' in light) throw new DiagramSyntaxError(String(light.error))
    const dark = await render('dark', 'd')
    if ('error' in dark) throw new DiagramSyntaxError(String(dark.error))
    return { light: light.svg, dark: dark.svg }
  } finally {
    await browser.close()
  }
}
