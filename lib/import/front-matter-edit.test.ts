import { describe, expect, it } from 'vitest'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { editFrontMatter } from './front-matter-edit'

describe('editFrontMatter', () => {
  it('replaces, adds and removes keys, keeping every other line as it was', () => {
    const text = '---\ntitle: Hi # mine\ndate: 2020-01-01 (draft)\ntags:\n- a\n- b\n---\nBody\n'
    const out = editFrontMatter(text, { date: '2020-01-01 00:00:00 +0000', tags: undefined, permalink: '/x/' })
    expect(out).toBe('---\ntitle: Hi # mine\ndate: "2020-01-01 00:00:00 +0000"\npermalink: "/x/"\n---\nBody\n')
    expect(parseRubyYaml(out.split('---')[1] ?? '').data).toEqual({ title: 'Hi', date: '2020-01-01 00:00:00 +0000', permalink: '/x/' })
  })
  it('writes front matter held in one flow mapping again as a block, so an added key stays YAML', () => {
    const text = '---\n{ date: 2020-03-04 10:20:30 +0530, tags: [a, Two Words], published: no, layout: post }\n---\nBody\n'
    const out = editFrontMatter(text, { permalink: '/x/', layout: undefined })
    expect(out).toBe('---\n"date": 2020-03-04 10:20:30 +0530\n"tags": ["a","Two Words"]\n"published": false\n"permalink": "/x/"\n---\nBody\n')
    expect(parseRubyYaml(out.split('---')[1] ?? '').data).toEqual({ date: '2020-03-04 10:20:30 +0530', tags: ['a', 'Two Words'], published: false, permalink: '/x/' })
  })
  it('gives a file without front matter a block, and leaves a file alone when nothing changes', () => {
    expect(editFrontMatter('Just text\n', { title: "It's" })).toBe('---\ntitle: "It\'s"\n---\nJust text\n')
    expect(editFrontMatter('---\r\na: 1\r\n---\r\nx', {})).toBe('---\r\na: 1\r\n---\r\nx')
  })
  it('keeps CRLF line ends on the lines it writes', () => {
    expect(editFrontMatter('---\r\na: 1\r\n---\r\nx', { a: 2 })).toBe('---\r\na: 2\r\n---\r\nx')
  })
})
