import { describe, expect, it } from 'vitest'
import { indentQuotedContinuations, parseRubyYaml } from './ruby-yaml'

// Each case is front matter Ruby's YAML reads (checked with ruby -ryaml) and a YAML 1.2 parser refuses.
describe('parseRubyYaml', () => {
  it('reads a double-quoted value continued on lines at column 0', () => {
    expect(parseRubyYaml('title: "A long\ntitle continued"\nx: 1\n').data).toEqual({ title: 'A long title continued', x: 1 })
  })
  it('keeps the last of duplicated keys', () => {
    expect(parseRubyYaml('title: first\ntitle: second\n').data).toEqual({ title: 'second' })
  })
  it('reads tabs beside flow-list items', () => {
    expect(parseRubyYaml('tags: [a,\tb]\n').data).toEqual({ tags: ['a', 'b'] })
  })
  it('keeps timestamps as text and says which values were unquoted', () => {
    const { data, plainKeys } = parseRubyYaml('date: 2016-07-19 10:30:00\nquoted: "2016-07-19"\n')
    expect(data).toEqual({ date: '2016-07-19 10:30:00', quoted: '2016-07-19' })
    expect([...plainKeys]).toEqual(['date'])
  })
  it('reads YAML 1.1 booleans', () => {
    expect(parseRubyYaml('published: no\n').data).toEqual({ published: false })
    expect(parseRubyYaml('a: On\nb: TRUE\nc: off\n').data).toEqual({ a: true, b: true, c: false })
  })
  it('reads one-letter y and n as text, as Psych does', () => {
    expect(parseRubyYaml('list: [x, y, z]\nanswer: n\nY: 1\n').data).toEqual({ list: ['x', 'y', 'z'], answer: 'n', Y: 1 })
  })
  it('still refuses what Ruby refuses, naming the line', () => {
    expect(() => parseRubyYaml('title: [unclosed\n')).toThrow()
    expect(() => parseRubyYaml('- a\n- b\n')).toThrow('not a mapping')
  })
})

describe('indentQuotedContinuations', () => {
  it('indents only the lines inside an open double quote', () => {
    expect(indentQuotedContinuations('a: "x\ny"\nb: c\n')).toBe('a: "x\n y"\nb: c\n')
    expect(indentQuotedContinuations('a: "x"\nb: c\n')).toBe('a: "x"\nb: c\n')
  })
})
