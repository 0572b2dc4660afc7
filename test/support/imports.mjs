// Which packages a source file imports, so a test can check every one is declared in package.json
// (a package that only arrives as another's dependency can vanish on any upgrade).
import { builtinModules } from 'node:module'

// Static imports and re-exports (`from` a specifier), side-effect and dynamic imports, and `require`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g

/**
 * The package each bare specifier in `source` names (`@scope/name` or `name`), once each, in order of
 * first use. Relative and absolute paths, `node:` and other built-in modules, and the project's own
 * aliases (`@/…`, `contentlayer/generated`) are not packages and are left out.
 * @param {string} source
 * @returns {string[]}
 */
export function importedPackages(source) {
  /** @type {Set<string>} */
  const found = new Set()
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[2] ?? ''
    // Prose that reads like an import (`{ "from": "/a" }` in an error's fix) holds no module name.
    if (!/^[\w@.~/#-][^\s:]*$/.test(specifier)) continue
    if (/^[./]/.test(specifier) || specifier.startsWith('@/') || specifier === 'contentlayer/generated') continue
    if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '')) continue
    const parts = specifier.split('/')
    found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier))
  }
  return [...found]
}

/**
 * Whether `name` is declared: itself, or (for a types-only package such as `hast`) its `@types/` package.
 * @param {string} name @param {Set<string>} declared
 */
export function isDeclared(name, declared) {
  const typesName = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`
  return declared.has(name) || declared.has(typesName)
}
