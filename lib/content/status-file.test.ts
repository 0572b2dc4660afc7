import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { problemsOf, STATUS_FILE, statusError, writeContentStatus } from './status-file'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const problem = { file: 'posts/2020-01-01-a.md', field: 'tittle', problem: 'not a key Pressroom knows', fix: 'remove it or correct its spelling' }

test('no standing problem is no error; the first one names file, field and fix, and counts the rest', () => {
  expect(statusError([])).toBeUndefined()
  expect(statusError([problem])?.message).toBe('posts/2020-01-01-a.md: field "tittle": not a key Pressroom knows. Fix: remove it or correct its spelling')
  const two = statusError([problem, { ...problem, file: 'posts/b.md' }])
  expect(two?.file).toBe('posts/2020-01-01-a.md')
  expect(two?.message).toContain('(and 1 more problem: see the terminal)')
})

test('a status file is read back as written; a malformed entry is refused', () => {
  expect(problemsOf({ errors: [problem] })).toEqual([problem])
  expect(problemsOf({})).toEqual([])
  expect(() => problemsOf({ errors: [{ file: 'x' }] })).toThrow(/not \{ file, field, problem, fix \}/)
})

test('the status is written under .content/ and not rewritten when unchanged', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-status-'))
  dirs.push(root)
  writeContentStatus(root, [problem])
  const file = join(root, STATUS_FILE)
  expect(problemsOf(JSON.parse(readFileSync(file, 'utf8')))).toEqual([problem])
  utimesSync(file, new Date(0), new Date(0))
  writeContentStatus(root, [problem])
  expect(statSync(file).mtimeMs).toBe(0)
  writeContentStatus(root, [])
  expect(problemsOf(JSON.parse(readFileSync(file, 'utf8')))).toEqual([])
})

test('the error a page shows points at the post and its line, not at the code that noticed it', () => {
  const error = statusError([{ ...problem, line: 3 }], '/site/content')
  expect(error?.message).toBe('posts/2020-01-01-a.md:3: field "tittle": not a key Pressroom knows. Fix: remove it or correct its spelling')
  expect(error?.stack?.split('\n')).toEqual([`ContentError: ${error?.message}`, '    at /site/content/posts/2020-01-01-a.md:3:1'])
  expect(problemsOf({ errors: [{ ...problem, line: 3 }] })).toEqual([{ ...problem, line: 3 }])
})

test('a change of settings changes the status, so the open page is rendered again', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-status-'))
  dirs.push(root)
  writeContentStatus(root, [])
  const before = readFileSync(join(root, STATUS_FILE), 'utf8')
  writeContentStatus(root, [], '2026-12-07T22:00:00.000Z')
  expect(readFileSync(join(root, STATUS_FILE), 'utf8')).not.toBe(before)
  expect(problemsOf(JSON.parse(readFileSync(join(root, STATUS_FILE), 'utf8')))).toEqual([])
})
