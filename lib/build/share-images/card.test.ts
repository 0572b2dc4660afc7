import { afterEach, describe, expect, it, vi } from 'vitest'
import { cardText, closeNetwork, drawPng } from './card'

// Issue 22, class 9: a title holding a non-character made the share-image step fetch a font.
const hostile = { title: 'Notes \uFDD0 on 中文 and \uFFFF 🚀 rockets', byline: 'Ana · 1 June 2024', siteName: 'Blog' }
const realFetch = globalThis.fetch
afterEach(() => {
  globalThis.fetch = realFetch
  vi.restoreAllMocks()
})

/** The URLs the renderer asks for beyond `data:` ones (its own WebAssembly), each refused by closeNetwork(). */
function spyOnNetwork(): string[] {
  globalThis.fetch = realFetch
  closeNetwork()
  const closed = globalThis.fetch
  const asked: string[] = []
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!url.startsWith('data:')) asked.push(url)
    return closed(input, init)
  }
  // The renderer reports a refused font download on stderr and draws on; keep the test's output clean.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  return asked
}

describe('a share card', () => {
  it('is drawn without the network, from what the bundled font has, and says what it left out', async () => {
    const asked = spyOnNetwork()
    const warnings: string[] = []
    const text = cardText('content/posts/2024-06-01-x.md', hostile, (line) => warnings.push(line))
    expect(text.title).toBe('Notes on and rockets')
    const png = await drawPng(text)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(asked).toEqual([])
    expect(warnings).toEqual(['warning: content/posts/2024-06-01-x.md: share image drawn without 4 characters its font lacks (U+FDD0, U+4E2D, U+6587, U+FFFF); the page itself shows them'])
  }, 30_000)
  it('would have reached the network with the title as written (the hazard this guards)', async () => {
    const asked = spyOnNetwork()
    await drawPng({ ...hostile, title: 'Notes \uFDD0 on 中文' })
    expect(asked.some((url) => url.startsWith('https://'))).toBe(true)
  }, 30_000)
})
