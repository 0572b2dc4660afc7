import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { engineVersion } from './engine-version'

const root = mkdtempSync(join(tmpdir(), 'engine-version-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

test('the engine version changes with a rendering file or the locked dependencies, not with a test or another folder', () => {
  mkdirSync(join(root, 'lib', 'markdown'), { recursive: true })
  mkdirSync(join(root, 'lib', 'search'), { recursive: true })
  writeFileSync(join(root, 'lib', 'markdown', 'pipeline.ts'), 'one')
  writeFileSync(join(root, 'package-lock.json'), '{}')
  const first = engineVersion(root, ['markdown'])
  writeFileSync(join(root, 'lib', 'markdown', 'pipeline.test.ts'), 'a test')
  writeFileSync(join(root, 'lib', 'search', 'index.ts'), 'search code')
  expect(engineVersion(root, ['markdown'])).toBe(first)
  writeFileSync(join(root, 'lib', 'markdown', 'pipeline.ts'), 'two')
  const second = engineVersion(root, ['markdown'])
  expect(second).not.toBe(first)
  writeFileSync(join(root, 'package-lock.json'), '{"v":2}')
  expect(engineVersion(root, ['markdown'])).not.toBe(second)
})
