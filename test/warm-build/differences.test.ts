import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { differences } from './differences.mjs'

const root = mkdtempSync(join(tmpdir(), 'warm-build-differences-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

test('two exports are the same only with the same files, byte for byte', () => {
  const cold = folder('cold', { 'index.html': '<p>a</p>', 'posts/a/index.html': '<p>post</p>' })
  expect(differences(cold, folder('same', { 'index.html': '<p>a</p>', 'posts/a/index.html': '<p>post</p>' }))).toEqual([])
  const warm = folder('warm', { 'index.html': '<p>a</p>', 'posts/a/index.html': '<p>stale post</p>', 'extra.txt': 'x' })
  expect(differences(warm, cold)).toEqual(['extra.txt', 'posts/a/index.html'])
  expect(differences(cold, warm)).toEqual(['posts/a/index.html', 'extra.txt'])
})
