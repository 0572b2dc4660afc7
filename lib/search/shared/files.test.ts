import { describe, expect, it } from 'vitest'
import { encodeShard, parseShard, type Shard } from './files'

describe('shard files', () => {
  it('store id lists as gaps and read them back as they were, whole-word lists included', () => {
    const shard: Shard = { title: [['kube', [3, 64, 65, 640_000]]], body: [['fle', [1, 2, 700], [2]]] }
    const text = encodeShard(shard)
    expect(text).toContain('[3,61,1,639935]')
    expect(parseShard(JSON.parse(text))).toEqual(shard)
  })

  it('refuse a shard of another shape, asking for a rebuild', () => {
    expect(() => parseShard({ title: [['kube', [[3, 64]]]] })).toThrow(/bad entry in title; rebuild the search index/)
    expect(() => parseShard([])).toThrow(/not an object/)
  })
})
