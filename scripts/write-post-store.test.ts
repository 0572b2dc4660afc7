import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { listedDocuments } from './write-post-store'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

test("only the documents Contentlayer's index lists are this build's; no index, no list", () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-store-'))
  dirs.push(dir)
  const index = join(dir, '_index.mjs')
  expect(listedDocuments(index)).toBeUndefined()
  writeFileSync(index, "import a from './posts__a.md.json' with { type: 'json' }\nimport b from './posts__b.md.json' with { type: 'json' }\nexport const allPosts = [a, b]\n")
  expect(listedDocuments(index)).toEqual(new Set(['posts__a.md.json', 'posts__b.md.json']))
})
