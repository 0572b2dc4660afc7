import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { attribute, childElements, elements, nth, text, tokens } from '../../test/support/html'
import { codeLanguage, rehypeCodeBlocks } from './code-blocks'
import { renderMarkdown } from './pipeline'

function run(tree: Root): string {
  rehypeCodeBlocks()(tree)
  return toHtml(tree)
}

const pre = (codeProperties: Element['properties']): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: codeProperties, children: [{ type: 'text', value: 'x' }] }],
})

describe('rehypeCodeBlocks', () => {
  it('wraps a code block with a bar holding its language and a hidden copy button', () => {
    const html = run(fromHtml('<p>Before</p><pre><code class="language-ts">const a = 1</code></pre>', { fragment: true }))
    const block = nth(elements(html, 'div').filter((d) => tokens(d, 'className').includes('code-block')), 0)
    expect(attribute(block, 'dataLanguage')).toBe('ts')
    const [bar, code] = childElements(block)
    expect(bar && tokens(bar, 'className')).toEqual(['code-block__bar'])
    expect(code?.tagName).toBe('pre')
    expect(elements(html, 'span').filter((s) => tokens(s, 'className').includes('code-block__language')).map(text)).toEqual(['ts'])
    const button = nth(elements(html, 'button'), 0)
    expect([attribute(button, 'type'), text(button), button.properties.hidden]).toEqual(['button', 'Copy', true])
    expect(elements(html, 'p').map(text)).toEqual(['Before'])
  })

  it('shows no language label for a block without one, or marked text', () => {
    const html = run(fromHtml('<pre><code>plain</code></pre><pre><code class="language-text">plain</code></pre>', { fragment: true }))
    const blocks = elements(html, 'div').filter((d) => tokens(d, 'className').includes('code-block'))
    expect(blocks).toHaveLength(2)
    expect(blocks.map((b) => attribute(b, 'dataLanguage'))).toEqual([undefined, undefined])
    expect(elements(html, 'span')).toEqual([])
    expect(elements(html, 'button')).toHaveLength(2)
  })

  it('does not wrap a block twice when run again', () => {
    const tree = fromHtml('<pre><code class="language-go">x</code></pre>', { fragment: true })
    rehypeCodeBlocks()(tree)
    const once = toHtml(tree)
    expect(run(tree)).toBe(once)
    expect(elements(once, 'pre')).toHaveLength(1)
    expect(elements(once, 'button')).toHaveLength(1)
  })

  it('labels fenced code rendered by the full pipeline', async () => {
    const options = { variables: { baseurl: '', url: 'https://blog.example.com', title: 'Example' }, siteUrl: 'https://blog.example.com' }
    const html = await renderMarkdown('---\ntitle: T\n---\n\n```ts\nconst a = 1\n```\n\n```\nplain\n```\n', options)
    const blocks = elements(html, 'div').filter((d) => tokens(d, 'className').includes('code-block'))
    expect(blocks.map((b) => attribute(b, 'dataLanguage'))).toEqual(['ts', undefined])
  })
})

describe('codeLanguage', () => {
  it('reads language-ts from a class list or a class string, under className or class', () => {
    expect(codeLanguage(pre({ className: ['language-ts'] }))).toBe('ts')
    expect(codeLanguage(pre({ class: 'shiki language-ts' }))).toBe('ts')
    expect(codeLanguage(pre({ class: ['x', 'language-ts'] }))).toBe('ts')
  })

  it('counts text and plaintext as no language', () => {
    expect(codeLanguage(pre({ className: ['language-text'] }))).toBeUndefined()
    expect(codeLanguage(pre({ className: ['language-plaintext'] }))).toBeUndefined()
  })

  it('is undefined without a language class or without a code element', () => {
    expect(codeLanguage(pre({ className: ['highlight'] }))).toBeUndefined()
    expect(codeLanguage(pre({}))).toBeUndefined()
    expect(codeLanguage({ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'x' }] })).toBeUndefined()
  })
})

describe('highlight linenos in a post', () => {
  it('keeps the whole numbered block, blank lines too, and gives only the code a Copy bar', async () => {
    const { renderMarkdown } = await import('./pipeline')
    const html = await renderMarkdown('---\ntitle: T\n---\n\n{% highlight ruby linenos %}\ndef a\n\n  1\nend\n{% endhighlight %}\n\nAfter.', { variables: {}, siteUrl: 'https://x.example' })
    expect(html).toContain('<pre class="lineno" aria-hidden="true">1\n2\n3\n4</pre>')
    expect(html.match(/copy-button/g)).toHaveLength(1)
    expect(html).toContain('<p>After.</p>')
    expect(html).not.toMatch(/<p>\s*end/)
  })
})
