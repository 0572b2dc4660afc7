import { describe, expect, it } from 'vitest'
import { perVersion } from './per-version'

describe('perVersion', () => {
  it('makes the value once while the store keeps its version', () => {
    let made = 0
    const value = perVersion(() => ({ version: 'a', store: [1, 2] }), (store) => ({ total: store.length, n: ++made }))
    expect(value()).toEqual({ total: 2, n: 1 })
    expect(value()).toBe(value())
    expect(made).toBe(1)
  })

  it('makes it again from the new store when the version changes', () => {
    let version = 'a'
    let store = [1]
    const value = perVersion(() => ({ version, store }), (s) => s.length)
    expect(value()).toBe(1)
    version = 'b'
    store = [1, 2, 3]
    expect(value()).toBe(3)
  })
})
