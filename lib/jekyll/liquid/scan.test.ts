import { describe, expect, it } from 'vitest'
import { firstUrl, scanLiquidTags } from './scan'

describe('scanLiquidTags', () => {
  it('finds each tag with its arguments and line, whitespace-control markers included', () => {
    expect(scanLiquidTags('a\n{% include x.html k="v" %}\n\n{%- assign y = 1 -%}')).toEqual([
      { name: 'include', args: 'x.html k="v"', line: 2 },
      { name: 'assign', args: 'y = 1', line: 4 },
    ])
  })

  it('skips what raw and comment blocks hold', () => {
    expect(scanLiquidTags('{% raw %}{% foo %}{% endraw %}{% comment %}{% bar %}{% endcomment %}').map((t) => t.name)).toEqual(['raw', 'comment'])
  })

  it('finds nothing in text without tags', () => {
    expect(scanLiquidTags('{{ output }} and { braces % }')).toEqual([])
  })
})

describe('firstUrl', () => {
  it('takes the first http(s) URL, without quotes', () => {
    expect(firstUrl('"https://codepen.io/a/pen/x" height=3 http://b.example')).toBe('https://codepen.io/a/pen/x')
    expect(firstUrl('id=42 ftp://x')).toBeUndefined()
  })
})
