import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listedDocuments } from '../content/write-post-store'
import { documentFileName, documentWriter } from './contentlayer-documents.mjs'

const doc = (id: string, title: string) => ({ document: { _id: id, type: 'Post', title }, documentHash: `${id}:${title}` })

describe('the documents written under contentlayer2 dev', () => {
  let generated: string
  beforeEach(() => {
    generated = mkdtempSync(join(tmpdir(), 'generated-'))
    mkdirSync(join(generated, 'Post'))
  })
  afterEach(() => rmSync(generated, { recursive: true, force: true }))
  const file = (id: string) => join(generated, 'Post', `${documentFileName(id)}.json`)

  it('writes every document the first time, as Contentlayer does, and lists them for the post store', () => {
    const write = documentWriter({ generated, typeField: 'type', types: ['Post'] })
    const a = doc('posts/a.md', 'A')
    expect(write({ a, b: doc('posts/b.md', 'B') })).toBe(2)
    expect(readFileSync(file('posts/a.md'), 'utf8')).toBe(JSON.stringify(a.document, null, 2))
    expect(listedDocuments(join(generated, 'Post', '_index.mjs'))).toEqual(new Set(['posts__a.md.json', 'posts__b.md.json']))
  })

  it('after a change, writes only the document that changed and leaves the others as they were', () => {
    const write = documentWriter({ generated, typeField: 'type', types: ['Post'] })
    write({ a: doc('posts/a.md', 'A'), b: doc('posts/b.md', 'B') })
    const before = statSync(file('posts/b.md')).mtimeMs
    const list = statSync(join(generated, 'Post', '_index.mjs')).mtimeMs
    expect(write({ a: doc('posts/a.md', 'A, edited'), b: doc('posts/b.md', 'B') })).toBe(1)
    expect(JSON.parse(readFileSync(file('posts/a.md'), 'utf8')).title).toBe('A, edited')
    expect(statSync(file('posts/b.md')).mtimeMs).toBe(before)
    expect(statSync(join(generated, 'Post', '_index.mjs')).mtimeMs).toBe(list)
  })

  it('lists a new document and stops listing a removed one', () => {
    const write = documentWriter({ generated, typeField: 'type', types: ['Post'] })
    write({ a: doc('posts/a.md', 'A'), b: doc('posts/b.md', 'B') })
    write({ a: doc('posts/a.md', 'A'), c: doc('posts/c.md', 'C') })
    expect(listedDocuments(join(generated, 'Post', '_index.mjs'))).toEqual(new Set(['posts__a.md.json', 'posts__c.md.json']))
  })

  it('names files as Contentlayer does, and refuses a document of a type it was not told of', () => {
    expect(documentFileName('posts/2016/a.md')).toBe('posts__2016__a.md')
    expect(documentFileName('2016-a.md')).toBe('_2016-a.md')
    const write = documentWriter({ generated, typeField: 'type', types: ['Post'] })
    expect(() => write({ x: { document: { _id: 'x.yml', type: 'Other' }, documentHash: '1' } })).toThrow(/unknown type Other/)
  })
})
