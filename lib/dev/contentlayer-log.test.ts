import { describe, expect, it, test } from 'vitest'
import { createEchoFilter, createLogReader, type LogEvent } from './contentlayer-log'

const readAll = (text: string): LogEvent[] => {
  const read = createLogReader()
  return text.split('\n').flatMap((line) => read(line))
}

// As `contentlayer2 dev` prints them (0.5.8), for one edited post.
const EXTRA = `
File updated: posts/2016-06-20-container-days-in-boston.md
Error: Found 1 problems in 1 documents.

 └──   1 documents contain field data which isn't defined in the document type definition.
     
     • "posts/2016-06-20-container-days-in-boston.md" of type "Post" has the following extra fields:
       • tittle: "oops" 
     

SourceFetchDataError: {
  "_tag": "HandledFetchDataError"
}`

test('an unknown key names the file and the key, with a fix', () => {
  expect(readAll(EXTRA)).toEqual([
    { kind: 'updated', file: 'posts/2016-06-20-container-days-in-boston.md' },
    {
      kind: 'problem',
      problem: {
        file: 'posts/2016-06-20-container-days-in-boston.md',
        field: 'tittle',
        problem: '"tittle" is not a front-matter key Pressroom knows',
        fix: 'remove "tittle" or correct its spelling (the keys and their forms are listed in docs/writing-posts.md)',
      },
    },
  ])
})

test('a value of the wrong kind and a missing field name their fields', () => {
  const events = readAll(`     • "posts/a.md" of type "Post" has the following incompatible fields:
       • title: ["a","b"] 
     • "posts/b.md" (of type "Post") is missing the following required fields:
  • title: string`)
  expect(events).toEqual([
    { kind: 'problem', problem: expect.objectContaining({ file: 'posts/a.md', field: 'title', problem: '["a","b"] is not the kind of value "title" takes' }) },
    { kind: 'problem', problem: expect.objectContaining({ file: 'posts/b.md', field: 'title', problem: '"title" is required', fix: 'add title: to the front matter' }) },
  ])
})

test("Pressroom's own checks inside a computed field come through as they were written", () => {
  const line = '     • "posts/2020-01-06-author-number.md" failed with ContentError: posts/2020-01-06-author-number.md: field "author": expected a name or a list of names, found number 42. Fix: write author: Jane Doe'
  expect(readAll(line)).toEqual([
    { kind: 'problem', problem: { file: 'posts/2020-01-06-author-number.md', field: 'author', problem: 'expected a name or a list of names, found number 42', fix: 'write author: Jane Doe' } },
  ])
})

test('a written result and a deletion are events; ordinary lines and bullets outside a problem block are not', () => {
  expect(readAll('Generated 1000 documents in .contentlayer\nFile deleted: posts/x.md')).toEqual([{ kind: 'generated' }, { kind: 'deleted', file: 'posts/x.md' }])
  expect(readAll('warning: posts/a.md: removed from the post\'s HTML: inline <script>\n  • not: a problem\nContentlayer config change detected.')).toEqual([])
})

describe('createEchoFilter', () => {
  it("hides Contentlayer's progress and its report of schema problems, and shows anything else", () => {
    const echo = createEchoFilter()
    const lines = [
      'File updated: posts/a.md',
      'successCallback /x/.contentlayer',
      'Post store: 5 posts',
      'Post store: 5 posts',
      'Error: Found 1 problems in 1 documents.',
      '',
      ' └──   1 documents contain field data which isn\'t defined in the document type definition.',
      '     • "posts/a.md" of type "Post" has the following extra fields:',
      '       • tittle: "oops" ',
      'SourceFetchDataError: {',
      '  "_tag": "HandledFetchDataError"',
      '}',
      'Generated 7 documents in .contentlayer',
      'warning: posts/a.md: removed from the post\'s HTML: <form>',
      'TypeError: something broke',
    ]
    expect(lines.filter(echo)).toEqual(['warning: posts/a.md: removed from the post\'s HTML: <form>', 'TypeError: something broke'])
  })
})
