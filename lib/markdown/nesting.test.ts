import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { markdownDepth, MAX_MARKDOWN_DEPTH, MAX_OPEN_BRACKETS, openBrackets, rawHtmlDepth } from './nesting'

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
const nestedQuote = (levels: number) => `${'> '.repeat(levels)}deep`
const render = (body: string) => renderMarkdown(`---\ntitle: T\n---\n\n${body}\n`, { variables: {}, siteUrl: 'https://x.example' })

describe('nesting depth', () => {
  it('counts list levels, blockquotes and ordered markers', () => {
    expect(markdownDepth(nestedList(5))).toBe(5)
    expect(markdownDepth(nestedQuote(7))).toBe(7)
    expect(markdownDepth('1. a\n   2. b')).toBe(2)
    expect(markdownDepth('plain\ntext')).toBe(0)
  })

  it('ignores what sits inside fenced code', () => {
    expect(markdownDepth('```\n' + '> '.repeat(500) + '\n```\n')).toBe(0)
  })

  it('counts raw HTML elements left open, not void or self-closing ones', () => {
    expect(rawHtmlDepth('<div><div><span>x</span></div></div>')).toBe(3)
    expect(rawHtmlDepth('<br><img src=x><hr/>'.repeat(1000))).toBe(0)
  })

  it(`refuses a post nested more than ${MAX_MARKDOWN_DEPTH} levels, in bounded time, naming the field`, async () => {
    for (const body of [nestedList(5000), nestedQuote(5000), '<div>'.repeat(5000)]) {
      const started = performance.now()
      await expect(render(body)).rejects.toThrow(/field "body": (lists or blockquotes|HTML elements) are nested \d+ .*deep, more than \d+\. Fix: flatten/)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
  })

  it(`renders ${MAX_MARKDOWN_DEPTH} levels, the most allowed`, async () => {
    const html = await render(nestedList(MAX_MARKDOWN_DEPTH))
    expect(html).toContain(`level ${MAX_MARKDOWN_DEPTH - 1}`)
  })

  // Issue 22, class 6: 50,000 unmatched `[` took the Markdown parser over a minute, naming nothing.
  it(`refuses more than ${MAX_OPEN_BRACKETS} open "[" in one paragraph, in bounded time, and keeps ordinary brackets`, async () => {
    expect(openBrackets('[a] [b](c) [[d]]\n\n[\n')).toBe(2)
    expect(openBrackets('```\n' + '['.repeat(5000) + '\n```\n')).toBe(0)
    for (const body of ['['.repeat(50_000), '*['.repeat(50_000), '[a '.repeat(20_000) + ']']) {
      const started = performance.now()
      await expect(render(body)).rejects.toThrow(/field "body": \d+ "\[" are open at once in one paragraph, more than 1000 \(limit MAX_OPEN_BRACKETS\)\. Fix:/)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
    expect(await render('['.repeat(MAX_OPEN_BRACKETS) + '\n\n' + '['.repeat(MAX_OPEN_BRACKETS))).toContain('[[[')
  }, 30_000)
})
