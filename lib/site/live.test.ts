import { describe, expect, it } from 'vitest'
import { followed } from './live'

describe('followed', () => {
  it('reads again when the stamp changes, and only then', () => {
    let stamp = 'a'
    let reads = 0
    const value = followed(() => ({ title: `title ${++reads}` }), () => stamp)
    expect(value.title).toBe('title 1')
    expect({ ...value }).toEqual({ title: 'title 1' })
    stamp = 'b'
    expect(value.title).toBe('title 2')
    expect('title' in value).toBe(true)
    expect(reads).toBe(2)
  })

  it('keeps the last good value when a read fails, and tries again on the next read', () => {
    let fail = false
    let stamp = 1
    const value = followed(() => {
      if (fail) throw new Error('site.json: not JSON')
      return { title: `t${stamp}` }
    }, () => String(stamp))
    fail = true
    stamp = 2
    expect(() => value.title).toThrow('not JSON')
    fail = false
    expect(value.title).toBe('t2')
  })
})
