import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { markdownDepth, MAX_MARKDOWN_DEPTH, rawHtmlDepth } from './nesting'

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
})
