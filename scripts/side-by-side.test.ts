import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SCRIPT = join(process.cwd(), 'scripts', 'side-by-side.mjs')
const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' })

describe('steps side by side', () => {
  it('waits for every step, prefixes each line with its step, and fails when one fails', () => {
    // In an empty folder both steps fail at once (their scripts are not there): quick, and each must say so.
    const dir = mkdtempSync(join(tmpdir(), 'side-by-side-'))
    try {
      const result = run(['jekyll-pages', 'csp'], dir)
      expect(result.status).not.toBe(0)
      expect(result.stderr).toMatch(/^\[jekyll-pages\] /m)
      expect(result.stderr).toMatch(/^\[csp\] /m)
      expect(result.stdout).toMatch(/✗ Jekyll pages \(.*exit \d+\)/)
      expect(result.stdout).toMatch(/✗ Content-Security-Policy \(.*exit \d+\)/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a name that is no step, before running anything', () => {
    const result = run(['search-index', 'nope'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('unknown build step "nope"')
  })
})
