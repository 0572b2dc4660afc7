import fc from 'fast-check'
import { MARKER } from './arbitraries'

/**
 * Bodies built to break what issue 22 found broken: the CSP step's idea of where post HTML ends, the
 * style filter's idea of a negative length, and the Liquid and Markdown bounds. Every script a payload
 * carries sets `window.__ran`; the page check fails if it is ever set.
 */
const RAN = 'window.__ran=(window.__ran||0)+1'

const scriptBreakers = fc.constantFrom(
  `<p title="</div></div>"></p><script>${RAN}</script>`,
  `<!-- </div></div></main> --><script>${RAN}</script>`,
  '<!-- <script> -->',
  `</div></article></main><script>${RAN}</script><main><article><div>`,
  `<div data-post-html="0"></div><script>${RAN}</script>`,
  `<div data-post-html="99999"><script>${RAN}</script>`,
  `<noscript><p title="</noscript><script>${RAN}</script>"></p></noscript>`,
  `<svg><script>${RAN}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RAN}">`,
  `<img src=x onerror="${RAN}">`,
  `<script>${RAN}`,
  '<textarea>',
  `<template><script>${RAN}</script></template>`,
  `<iframe srcdoc="<script>parent.__ran=1</script>"></iframe>`,
  `<a href="javascript:${RAN}" id="fuzz-link">x</a>`,
)

const overlays = fc.constantFrom(
  'margin-top: calc(-1 * 900px)', 'margin-top: calc(0px - 60em)', 'margin: min(-1px, -900px) 0', 'margin-top: clamp(-90em, -90em, 0em)',
  'margin-top: -900px', 'vertical-align: 3000px', 'font-size: 400px; line-height: 0', 'position: fixed; inset: 0; z-index: 99',
  'transform: translateY(-900px)', 'translate: 0 -900px', 'display: contents', 'float: left; margin-top: -900px', 'height: 5000px; margin-bottom: -5000px',
  'text-indent: -9999px', 'letter-spacing: -50px', 'opacity: 0.99; margin-top: calc(-90em)', 'mar\\67 in-top: -900px', 'margin-top: -9\\30 0px',
)
const styled = fc.tuple(fc.constantFrom('div', 'p', 'span', 'img', 'table'), overlays).map(([tag, style]) => `<${tag} style="${style}" class="fuzz-overlay">over${tag === 'img' ? '' : `</${tag}>`}`)

const budgets = fc.constantFrom(
  '{% for i in (1..1000000000) %}x{% endfor %}',
  '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}',
  '{% capture x %}ab{% endcapture %}{% for i in (1..40) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}',
  '{{ "2020-01-01" | date: "%999999999Y" }}',
  '['.repeat(50_000),
  '{% assign n = 3 %}{% for i in (1..n) %}{{ i }}{% endfor %}',
  '{{ site.posts | size }}',
)

const fragment = fc.oneof({ weight: 3, arbitrary: scriptBreakers }, { weight: 3, arbitrary: styled }, { weight: 1, arbitrary: budgets }, { weight: 2, arbitrary: fc.constantFrom('Plain words.', '## A heading', '- a\n- b') })

export type HostileBody = { body: string; trusted: boolean }

export const hostileBody: fc.Arbitrary<HostileBody> = fc.record({
  body: fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => [MARKER, ...parts].join('\n\n')),
  trusted: fc.boolean(),
})
