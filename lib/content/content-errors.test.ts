import { describe, expect, it } from 'vitest'
import { ContentError } from './error'
import { cleanContentlayerReport, contentErrorsIn } from './content-errors.mjs'

describe('contentErrorsIn', () => {
  it('finds content errors inside the wrappers Contentlayer puts around them, once each', () => {
    const error = new ContentError('posts/x.md', 'date', '"soon" is not a date', 'write it as YYYY-MM-DD')
    const wrapped = { _tag: 'ConfigReadError', error: new Error('config', { cause: error }), documents: [{ error }, { error: { _tag: 'UnexpectedMarkdownError', error } }] }
    expect(contentErrorsIn(wrapped)).toEqual(['posts/x.md: field "date": "soon" is not a date. Fix: write it as YYYY-MM-DD'])
  })
  it('knows a copy from a worker by its message', () => {
    const copy = new Error('ContentError: posts/y.md: field "body": {% include_relative a.html %}: there is no file posts/a.html. Fix: add the file beside the post')
    expect(contentErrorsIn({ error: { error: copy } })).toEqual(['posts/y.md: field "body": {% include_relative a.html %}: there is no file posts/a.html. Fix: add the file beside the post'])
  })
  it('finds none in an error of another kind, which is then shown as it is', () => {
    expect(contentErrorsIn({ _tag: 'ConfigReadError', error: new TypeError('x is not a function') })).toEqual([])
  })
})

describe('cleanContentlayerReport', () => {
  it("tells Contentlayer's report of failed documents as one line per content error", () => {
    const report = 'Error: Found 1 problems in 68 documents.\n └── Encountered unexpected errors while processing of 1 documents. This is possibly a bug in Contentlayer. Please open an issue.\n     • "posts/b.md": UnexpectedMarkdownError: ContentError: posts/b.md: field "body": no file. Fix: add it\n'
    expect(cleanContentlayerReport(report)).toBe('Content that cannot be built as it is:\n  posts/b.md: field "body": no file. Fix: add it')
  })
  it('leaves any other text as it is', () => {
    expect(cleanContentlayerReport('Generated 7 documents in .contentlayer')).toBe('Generated 7 documents in .contentlayer')
  })
})
