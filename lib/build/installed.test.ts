import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { installedPackageDir } from './installed'

describe('installedPackageDir', () => {
  it('finds a package in node_modules of a folder above, as Node does', () => {
    const root = mkdtempSync(join(tmpdir(), 'installed-'))
    mkdirSync(join(root, 'node_modules', 'katex'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'katex', 'package.json'), '{}')
    mkdirSync(join(root, 'copy', 'deeper'), { recursive: true })
    expect(installedPackageDir('katex', join(root, 'copy', 'deeper'))).toBe(join(root, 'node_modules', 'katex'))
  })

  it('says to install when no folder above has the package', () => {
    const root = mkdtempSync(join(tmpdir(), 'installed-'))
    expect(() => installedPackageDir('no-such-package-here', root)).toThrow('Fix: run `npm ci`')
  })
})
