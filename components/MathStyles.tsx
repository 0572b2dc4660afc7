import { KATEX_CSS } from '@/lib/math/katex-assets'
import { withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'

/** KaTeX's stylesheet, linked only from pages whose HTML has rendered math; React puts it in the head. */
export function MathStyles({ html }: { html: string }) {
  if (!html.includes('class="katex')) return null
  return <link rel="stylesheet" href={withBasePath(routes.katexFile(KATEX_CSS))} precedence="default" />
}
