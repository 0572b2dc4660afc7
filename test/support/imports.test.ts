import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importedPackages, isDeclared } from './imports.mjs'
import { walkFiles } from '../../lib/files/walk.mjs'

describe('importedPackages', () => {
  it('names the package of every bare specifier, scoped or not, once each', () => {
    const source = [
      "import { build } from 'esbuild'",
      "import type { Element } from 'hast'",
      "import * as launcher from 'chrome-launcher'",
      "import { test } from '@playwright/test'",
      "export { x } from 'eslint-config-next/typescript'",
      "import 'side-effect'",
      "const later = await import('lighthouse')",
      "const old = require('yaml')",
      "import { again } from 'esbuild'",
    ].join('\n')
    expect(importedPackages(source)).toEqual(['esbuild', 'hast', 'chrome-launcher', '@playwright/test', 'eslint-config-next', 'side-effect', 'lighthouse', 'yaml'])
  })

  it('reads no module name out of prose that looks like an import', () => {
    const source = `const fix = 'write { "moved": [{ "from": "/about.html", "to": "/about/" }] }, or import "the old site"'\nimport 'yaml'`
    expect(importedPackages(source)).toEqual(['yaml'])
  })

  it('leaves out paths, built-in modules and the project aliases', () => {
    const source = "import a from './a'\nimport b from '../b.mjs'\nimport('/pagefind/pagefind.js')\nimport fs from 'node:fs'\nimport path from 'path'\nimport { allPosts } from 'contentlayer/generated'\nimport { site } from '@/lib/site'"
    expect(importedPackages(source)).toEqual([])
  })
})

describe('isDeclared', () => {
  const declared = new Set(['esbuild', '@types/hast', '@types/babel__core'])
  it('accepts a declared package or the @types package of a types-only import', () => {
    expect(isDeclared('esbuild', declared)).toBe(true)
    expect(isDeclared('hast', declared)).toBe(true)
    expect(isDeclared('@babel/core', declared)).toBe(true)
  })
  it('refuses a package that only arrives as something else’s dependency', () => {
    expect(isDeclared('chrome-launcher', declared)).toBe(false)
  })
})

describe('the project', () => {
  const ROOTS = ['app', 'bench', 'components', 'e2e', 'lib', 'scripts', 'test']
  const SKIP = new Set(['node_modules', '.corpus', '.next', 'out'])
  const walk = (dir: string): string[] =>
    [...walkFiles(dir, { enter: (folder) => !SKIP.has(folder.name) })].filter((file) => /\.(m?js|tsx?)$/.test(file.name)).map((file) => join(dir, file.rel))
  // This file is left out: its samples above are strings, not imports.
  const files = [...ROOTS.flatMap(walk), ...readdirSync('.').filter((name) => /\.(m?js|ts)$/.test(name))].filter((file) => file !== join('test', 'support', 'imports.test.ts'))

  it('declares in package.json every package its code, tests, benchmarks and scripts import', () => {
    const manifest: { dependencies: Record<string, string>; devDependencies: Record<string, string> } = JSON.parse(readFileSync('package.json', 'utf8'))
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)])
    const undeclared = files.flatMap((file) => importedPackages(readFileSync(file, 'utf8')).filter((name) => !isDeclared(name, declared)).map((name) => `${file}: ${name}`))
    expect(files.length).toBeGreaterThan(100)
    expect(undeclared).toEqual([])
  })
})
