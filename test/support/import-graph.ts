// The project's own import graph, read with a regex (enough for the house rules in test/house.test.ts):
// which source file reaches which other source file, through import, export … from, import(), require(),
// tsx's tsImport() and `new URL('…', import.meta.url)` (worker files and scripts started by path).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { isFile } from '../../lib/files/kind.mjs'
import { walkFiles } from '../../lib/files/walk.mjs'

/** One edge: `from` names `to`, both paths relative to the project root with `/` separators. */
export type Edge = { from: string; to: string }

const SOURCE = /\.(m?js|tsx?)$/
// Dependencies, build output and content (the fixture site and Jekyll site hold posts, not code); dot-folders are generated.
const SKIP = new Set(['node_modules', 'out', 'test-results', 'playwright-report', 'test/site', 'test/fixtures'])
// Specifiers of the project's own files: relative ones, and the `@/` alias for the root.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\btsImport\s*\(\s*|\bnew URL\s*\(\s*)(['"])((?:\.{1,2}|@)\/[^'"\n]*)\1/g
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.mjs']

/** The project-relative specifiers one file's source names, as written. */
export function specifiersIn(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[2] ?? '').filter(Boolean)
}

// Only statements (a line that starts with import or export): specifiers inside strings of code a module writes are not its own.
const STATEMENT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*(['"])((?:\.{1,2}|@)\/[^'"\n]*)\1|^\s*import\s*(['"])((?:\.{1,2}|@)\/[^'"\n]*)\3/gm

/** The project-relative specifiers of a file's own import and export statements. */
export function staticImportsIn(source: string): string[] {
  return [...source.matchAll(STATEMENT)].map((match) => match[2] ?? match[4] ?? '').filter((specifier) => specifier !== '' && !specifier.includes('${'))
}

/** The source file a specifier written in `from` names, or undefined for one that names no project file. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : join(root, dirname(from), specifier)
  for (const extension of EXTENSIONS) {
    const path = base + extension
    if (existsSync(path) && statSync(path).isFile()) return relative(root, path).split(sep).join('/')
  }
  return undefined
}

// A linked file is read; a linked folder is not entered.
function walk(root: string): string[] {
  const files = walkFiles(root, {
    link: (entry) => isFile(entry.full),
    enter: (folder) => !(SKIP.has(folder.rel) || SKIP.has(folder.name) || folder.name.startsWith('.')),
  })
  return [...files].filter((file) => SOURCE.test(file.name)).map((file) => file.rel)
}

/** Every edge between the project's source files, under `root`. */
export function importGraph(root: string): Edge[] {
  return walk(root).flatMap((from) =>
    specifiersIn(readFileSync(join(root, from), 'utf8')).flatMap((specifier) => {
      const to = resolveSpecifier(root, from, specifier)
      return to === undefined || to === from ? [] : [{ from, to }]
    }),
  )
}

/**
 * Specifiers that name nothing under `root` (no source file, and no file or folder by that name): a path left
 * behind by a move, which a plain-node module or a path handed to tsx would only meet when it runs.
 */
export function danglingSpecifiers(root: string): string[] {
  return walk(root).flatMap((from) =>
    staticImportsIn(readFileSync(join(root, from), 'utf8')).flatMap((specifier) => {
      if (resolveSpecifier(root, from, specifier) !== undefined) return []
      const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : join(root, dirname(from), specifier)
      return existsSync(base) ? [] : [`${from}: ${specifier}`]
    }),
  )
}

/** `scripts/x.mjs` → `scripts/x.test.ts`: the one file that may import a module kept in scripts/. */
const ownTest = (module: string) => module.replace(/\.(m?js|tsx?)$/, '.test.ts')

/**
 * The house rules on scripts/, one line per break naming the file: scripts/ holds command-line entry
 * points, so nothing in lib/ imports from it, and nothing imports a file in it but that file's own test.
 */
export function houseProblems(edges: readonly Edge[]): string[] {
  const problems: string[] = []
  for (const { from, to } of edges) {
    if (!to.startsWith('scripts/')) continue
    if (from.startsWith('lib/')) problems.push(`${from} imports ${to}: lib/ never imports from scripts/; move what it needs into lib/`)
    else if (from !== ownTest(to)) problems.push(`${from} imports ${to}: scripts/ holds entry points only; move ${to} into lib/`)
  }
  return problems
}
