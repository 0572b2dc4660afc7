import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readPageLinks } from './extract.mjs'
import { readAllPageLinks } from './read-pages.mjs'

const dir = mkdtempSync(join(tmpdir(), 'read-pages-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("reading every page's links", () => {
  it('gives each page the links it holds, read in threads for a large export as in this one', async () => {
    // Enough pages for a thread per core on a machine with more than one.
    const files = Array.from({ length: 1200 }, (_, n) => `p${n}.html`)
    files.forEach((file, n) => writeFileSync(join(dir, file), `<a href="/p${n + 1}/">next</a><h2 id="s${n}">S</h2><img src="/i${n}.png">`))
    const links = await readAllPageLinks(dir, files)
    expect(links.size).toBe(files.length)
    for (const [n, file] of files.entries()) {
      const expected = readPageLinks(`<a href="/p${n + 1}/">next</a><h2 id="s${n}">S</h2><img src="/i${n}.png">`)
      expect(links.get(file), file).toEqual(expected)
    }
    expect(links.get('p7.html')?.ids.has('s7')).toBe(true)
    expect(links.get('p7.html')?.ids.has('s8')).toBe(false)
  })
})
