import { describe, expect, it } from 'vitest'
import { createNextOutputFilter } from './next-output.mjs'

const run = (lines: string[]) => {
  const filter = createNextOutputFilter()
  return lines.flatMap((line) => filter(line))
}

describe("next dev's output", () => {
  it('loses its reports of content errors, and nothing else', () => {
    const report = [
      '\u001b[31m⨯\u001b[39m Error [ContentError]: posts/a.md:3: field "tittle": not a key. Fix: remove it',
      '    at /site/content/posts/a.md:3:1',
      '  43 |   if (!first) return undefined',
      '> 45 |   return new ContentError(first.file)',
      '     |          ^',
      '  46 | } {',
      "  file: 'posts/a.md',",
      "  digest: '1429303388'",
      '}',
    ]
    expect(run([' GET / 200 in 20ms', ...report, '⨯ Failed to generate static paths for /[...path]:', ...report.slice(0), '✓ Compiled in 4ms'])).toEqual([' GET / 200 in 20ms', '✓ Compiled in 4ms'])
  })

  it('keeps any other error whole, and a failure of static paths that is not about content', () => {
    const other = ['⨯ Failed to generate static paths for /[...path]:', 'TypeError: x is undefined', '    at f (lib/posts.ts:1:1)']
    expect(run(other)).toEqual(other)
    expect(run(['Error [ContentError]: posts/a.md: field "x": y. Fix: z', '    at /a.md:1:1', 'Unexpected thing'])).toEqual(['Unexpected thing'])
  })
})
