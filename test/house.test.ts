import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { danglingSpecifiers, houseProblems, importGraph, resolveSpecifier, specifiersIn, staticImportsIn } from './support/import-graph'

describe('the house rules on scripts/', () => {
  // This file is left out: its samples below are strings, not imports.
  const edges = importGraph(process.cwd()).filter((edge) => edge.from !== 'test/house.test.ts')

  it('reads the whole project', () => {
    expect(edges.length).toBeGreaterThan(500)
    expect(edges).toContainEqual({ from: 'lib/diagrams/render.ts', to: 'lib/build/chromium.mjs' })
  })

  it('holds: nothing in lib/ imports from scripts/, nothing imports a script but its own test', () => {
    expect(houseProblems(edges)).toEqual([])
  })

  it('every path a module names exists', () => {
    expect(danglingSpecifiers(process.cwd()).filter((line) => !line.startsWith('test/house.test.ts:'))).toEqual([])
  })

})

describe('app/', () => {
  // Next lists every folder of app/ as a route segment (the client router's static siblings) unless it is private.
  const holdsRoute = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => (entry.isDirectory() ? holdsRoute(join(dir, entry.name)) : /^(page|route)\.(tsx?|m?js)$/.test(entry.name)))
  it('holds routes only: any other folder is private (_name)', () => {
    const folders = readdirSync('app', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.filter((name) => !name.startsWith('_') && !holdsRoute(join('app', name)))).toEqual([])
    expect(folders).toContain('_styles')
  })
})

describe('houseProblems', () => {
  it('names a lib/ file that imports from scripts/, and a script imported by another file', () => {
    const problems = houseProblems([
      { from: 'lib/diagrams/render.ts', to: 'scripts/chromium.mjs' },
      { from: 'bench/dev.mjs', to: 'scripts/serve.mjs' },
      { from: 'scripts/check.mjs', to: 'scripts/serve.mjs' },
    ])
    expect(problems).toEqual([
      expect.stringMatching(/^lib\/diagrams\/render\.ts imports scripts\/chromium\.mjs: lib\/ never imports from scripts\//),
      expect.stringMatching(/^bench\/dev\.mjs imports scripts\/serve\.mjs: scripts\/ holds entry points only/),
      expect.stringMatching(/^scripts\/check\.mjs imports scripts\/serve\.mjs/),
    ])
  })

  it('lets a script be imported by its own test, and anything import from lib/', () => {
    expect(
      houseProblems([
        { from: 'scripts/side-by-side.test.ts', to: 'scripts/side-by-side.mjs' },
        { from: 'scripts/check-links.mjs', to: 'lib/build/links/check.mjs' },
        { from: 'bench/dev.mjs', to: 'lib/build/chromium.mjs' },
      ]),
    ).toEqual([])
  })

})

describe('staticImportsIn', () => {
  it("reads a module's own import and export statements, over several lines too", () => {
    expect(staticImportsIn("import { a,\n  b } from '../a.mjs'\nexport { c } from './c'\nimport './d.css'\n")).toEqual(['../a.mjs', './c', './d.css'])
  })
  it('leaves out specifiers inside code a module writes as text', () => {
    expect(staticImportsIn("const text = \"import config from './next.config.project.mjs'\"\nconst x = `import ${a} from './${b}.json'`\n")).toEqual([])
  })
})

describe('reading the import graph', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (path: string, text: string) => {
    mkdirSync(join(root, dirname(path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }

  it('finds every kind of specifier of a project file, and no package or built-in', () => {
    const source = [
      "import { a } from './a'",
      "export { b } from '../b.mjs'",
      "const c = await import('./c.ts')",
      "const d = require('./d')",
      "const e = new URL('../e.mjs', import.meta.url)",
      "await tsImport('../lib/f.ts', { parentURL: import.meta.url })",
      "import { site } from '@/lib/site'",
      "import fs from 'node:fs'",
      "import { build } from 'esbuild'",
    ].join('\n')
    expect(specifiersIn(source)).toEqual(['./a', '../b.mjs', './c.ts', './d', '../e.mjs', '../lib/f.ts', '@/lib/site'])
  })

  it('resolves a specifier without its extension, and the @/ alias, to the file; nothing for a missing one', () => {
    write('lib/build/chromium.mjs', '')
    write('lib/site/index.ts', '')
    expect(resolveSpecifier(root, 'lib/diagrams/render.ts', '../build/chromium.mjs')).toBe('lib/build/chromium.mjs')
    expect(resolveSpecifier(root, 'app/page.tsx', '@/lib/site')).toBe('lib/site/index.ts')
    expect(resolveSpecifier(root, 'app/page.tsx', '../lib/missing')).toBeUndefined()
  })

  it('gives the edges between files, outside dependencies and the content folders', () => {
    write('scripts/serve.mjs', '')
    write('lib/serve.mjs', "import { x } from '../scripts/serve.mjs'\n")
    write('node_modules/pkg/index.mjs', "import '../../scripts/serve.mjs'\n")
    write('test/site/posts/a.ts', "import '../../../scripts/serve.mjs'\n")
    expect(importGraph(root).filter((edge) => edge.to === 'scripts/serve.mjs')).toEqual([{ from: 'lib/serve.mjs', to: 'scripts/serve.mjs' }])
  })
})
