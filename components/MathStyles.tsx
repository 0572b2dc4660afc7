import { withBasePath } from '@/lib/paths'

/** KaTeX's stylesheet, linked only from pages whose HTML has rendered math; React puts it in the head. */
export function MathStyles({ html }: { html: string }) {
  if (!html.includes('class="katex')) return null
  return <link rel="stylesheet" href={withBasePath('/katex/katex.css')} precedence="default" />
}
