import { describe, expect, it } from 'vitest'
import { resolveSiteVariables, UnclosedLiquidRaw, UnknownLiquidVariable } from './liquid'

const vars = { baseurl: '/blog', title: 'Pressroom' }

describe('resolveSiteVariables', () => {
  it('resolves a site variable with spaces, without spaces, and several on a line', () => {
    expect(resolveSiteVariables('<img src="{{ site.baseurl }}/a.png">', vars)).toBe('<img src="/blog/a.png">')
    expect(resolveSiteVariables('[home]({{site.baseurl}}/)', vars)).toBe('[home](/blog/)')
    expect(resolveSiteVariables('{{ site.title }} at {{  site.baseurl  }}', vars)).toBe('Pressroom at /blog')
  })

  it('resolves an empty value to nothing', () => {
    expect(resolveSiteVariables('{{ site.baseurl }}/a.png', { baseurl: '' })).toBe('/a.png')
  })

  it('strips the whitespace next to a {{- or -}} marker, as Liquid does', () => {
    expect(resolveSiteVariables('Hi {{- site.title -}} there', vars)).toBe('HiPressroomthere')
    expect(resolveSiteVariables('a\n  {{- site.title }} b', vars)).toBe('aPressroom b')
    expect(resolveSiteVariables('a {{ site.title -}}\n\n b', vars)).toBe('a Pressroomb')
    expect(resolveSiteVariables('{{ site.title }} {{- site.baseurl }}', vars)).toBe('Pressroom/blog')
    expect(resolveSiteVariables('{{ site.title -}} {{- site.baseurl }}', vars)).toBe('Pressroom/blog')
  })

  it('keeps a raw block verbatim, markers removed, and resolves around it', () => {
    const source = '{{ site.title }} {% raw %}{{ site.nope }} {% if x %}{% endraw %} {{ site.baseurl }}'
    expect(resolveSiteVariables(source, vars)).toBe('Pressroom {{ site.nope }} {% if x %} /blog')
    expect(resolveSiteVariables('{%- raw -%}{{ site.title }}{%- endraw -%}', vars)).toBe('{{ site.title }}')
  })

  it('leaves text without Liquid, and Liquid that is not a site variable, untouched', () => {
    const source = 'Plain {text} and {{ page.title }} and a {% highlight ruby %} tag.'
    expect(resolveSiteVariables(source, vars)).toBe(source)
  })

  it('throws on an unknown site variable, naming it and its line', () => {
    const source = '---\ntitle: x\n---\n\nText.\n[home]({{ site.nope }}/)\n'
    expect(() => resolveSiteVariables(source, vars)).toThrow(UnknownLiquidVariable)
    expect(() => resolveSiteVariables(source, vars)).toThrow('unknown Liquid variable "site.nope" on line 6')
  })

  it('counts lines from the start of the document when the unknown variable follows a raw block', () => {
    const source = 'one\n{% raw %}\n{{ site.nope }}\n{% endraw %}\n\n{{ site.missing }}'
    expect(() => resolveSiteVariables(source, vars)).toThrow(expect.objectContaining({ variable: 'site.missing', line: 6 }))
  })

  it('counts the line of the variable itself when a {{- marker strips newlines before it', () => {
    expect(() => resolveSiteVariables('one\n\n{{- site.missing }}', vars)).toThrow(expect.objectContaining({ line: 3 }))
  })
})

describe('an unclosed {% raw %}', () => {
  it('is refused with its line, instead of printing raw syntax', () => {
    expect(() => resolveSiteVariables('a\n{% raw %}{{ site.x }}\nb', { title: 'T' })).toThrow(UnclosedLiquidRaw)
    expect(() => resolveSiteVariables('a\n{% raw %}x{% endraw %}\n{%- raw -%}\nb', {})).toThrow('"{% raw %}" on line 3 is never closed')
  })
  it('is not confused with a closed one', () => {
    expect(resolveSiteVariables('{% raw %}{{ site.x }}{% endraw %}', {})).toBe('{{ site.x }}')
  })
})

describe('cost', () => {
  it('stays linear on 200,000 unclosed raw openers and a 1 MB run of spaces', () => {
    const started = performance.now()
    expect(() => resolveSiteVariables('{% raw %}'.repeat(200_000), {})).toThrow(UnclosedLiquidRaw)
    expect(resolveSiteVariables(' '.repeat(1_000_000) + 'x', {})).toHaveLength(1_000_001)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
