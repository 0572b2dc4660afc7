import { describe, expect, it } from 'vitest'
import { OncePerKey } from './once'

describe('OncePerKey', () => {
  it('makes each key once and gives every caller the same promise', async () => {
    const made: string[] = []
    const once = new OncePerKey(async (key) => {
      made.push(key)
      return key.toUpperCase()
    })
    const first = once.get('a')
    expect(once.get('a')).toBe(first)
    expect(await Promise.all([first, once.get('b'), once.get('a')])).toEqual(['A', 'B', 'A'])
    expect(made).toEqual(['a', 'b'])
  })

  it('keeps a failure: the key is not made again', async () => {
    let calls = 0
    const once = new OncePerKey(async (key): Promise<string> => {
      calls++
      throw new Error(`no file ${key}`)
    })
    await expect(once.get('s/x.json')).rejects.toThrow('no file s/x.json')
    await expect(once.get('s/x.json')).rejects.toThrow('no file s/x.json')
    expect(calls).toBe(1)
  })
})
