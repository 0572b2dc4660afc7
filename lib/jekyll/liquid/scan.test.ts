import { describe, expect, it } from 'vitest'
import { firstUrl, laxOutputs, scanLiquidTags } from './scan'

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

describe('laxOutputs', () => {
  const valid = (output: string) => !/\+|\|\s*\w+\s+\w|\{\{\s*\}\}/.test(output)
  it('keeps the leading variable of an output the strict parser rejects, and reports its line', () => {
    expect(laxOutputs('a\n{{ 1 + 2 }} {{ foo | bar baz }} {{}}', valid)).toEqual({
      source: 'a\n{{ 1 }} {{ foo }} ',
      fixed: [
        { output: '{{ 1 + 2 }}', line: 2 },
        { output: '{{ foo | bar baz }}', line: 2 },
        { output: '{{}}', line: 2 },
      ],
    })
  })

  it('leaves valid outputs, and anything inside raw, alone', () => {
    expect(laxOutputs('{{ a | upcase }} {% raw %}{{ 1 + 2 }}{% endraw %}', valid)).toEqual({ source: '{{ a | upcase }} {% raw %}{{ 1 + 2 }}{% endraw %}', fixed: [] })
  })
})
