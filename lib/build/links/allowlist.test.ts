import { describe, expect, it } from 'vitest'
import { applyAllowlist, parseAllowlist } from './allowlist.mjs'

describe('parseAllowlist', () => {
  it('reads one site path per line and skips comments', () => {
    const text = '# why this is here\n/blog/a.png\n\n/page/#gone   # an anchor that went away\n'
    expect(parseAllowlist(text, 'list.txt')).toEqual([
      { target: '/blog/a.png', line: 2 },
      { target: '/page/#gone', line: 4 },
    ])
  })

  it('rejects a line that is not a site path, naming file and line', () => {
    expect(() => parseAllowlist('# ok\nblog/a.png\n', 'list.txt')).toThrow('list.txt:2: "blog/a.png" is not a site path')
  })
})

describe('applyAllowlist', () => {
  const missing = { kind: 'missing', target: '/blog/a.png' }
  const other = { kind: 'missing', target: '/blog/b.png' }

  it('excuses listed missing targets and keeps the rest as failures', () => {
    const result = applyAllowlist([missing, other], [{ target: '/blog/a.png', line: 1 }])
    expect(result).toEqual({ failures: [other], excused: [missing], stale: [] })
  })

  it('never excuses a URL outside the base path, and names entries that matched nothing', () => {
    const outside = { kind: 'outside-base', target: '/blog/a.png' }
    const entry = { target: '/blog/a.png', line: 3 }
    expect(applyAllowlist([outside], [entry])).toEqual({ failures: [outside], excused: [], stale: [entry] })
  })
})
