import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { syncTree } from './sync-tree'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-sync-'))
  dirs.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true })
    writeFileSync(join(dir, rel), text)
  }
  return dir
}

test('only changed files are written, new ones added and gone ones removed; equal files keep their time', () => {
  const from = tree({ 'Post/a.json': 'A2', 'Post/b.json': 'B', 'Post/c.json': 'C', 'index.mjs': 'I' })
  const to = tree({ 'Post/a.json': 'A1', 'Post/b.json': 'B', 'Post/old.json': 'O', 'index.mjs': 'I' })
  utimesSync(join(to, 'Post/b.json'), new Date(0), new Date(0))
  expect(syncTree(from, to)).toEqual({ written: ['Post/a.json', 'Post/c.json'], removed: ['Post/old.json'] })
  expect(readFileSync(join(to, 'Post/a.json'), 'utf8')).toBe('A2')
  expect(readFileSync(join(to, 'Post/c.json'), 'utf8')).toBe('C')
  expect(existsSync(join(to, 'Post/old.json'))).toBe(false)
  expect(statSync(join(to, 'Post/b.json')).mtimeMs).toBe(0)
  expect(syncTree(from, to)).toEqual({ written: [], removed: [] })
})
