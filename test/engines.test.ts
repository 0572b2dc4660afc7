import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// README and package.json promise Node 20.19: `npm ci` must not warn that an installed package needs a newer
// Node (katex 0.19 asks for commander 15, which needs 22.12; package.json's overrides pin commander 14,
// which katex uses for its command line only, which Pressroom never runs).
const semver: unknown = createRequire(import.meta.url)('semver')

function satisfies(version: string, range: string): boolean {
  if (typeof semver !== 'object' || semver === null || !('satisfies' in semver) || typeof semver.satisfies !== 'function') throw new Error('semver is not installed')
  return semver.satisfies(version, range) === true
}

function json(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

describe('the Node version the README promises', () => {
  it('satisfies every installed package that names the Node it needs', () => {
    const manifest = json('package.json')
    const lock = json('package-lock.json')
    if (typeof manifest !== 'object' || manifest === null || !('engines' in manifest)) throw new Error('package.json names no engines')
    const engines = manifest.engines
    const promised = typeof engines === 'object' && engines !== null && 'node' in engines && typeof engines.node === 'string' ? /\d+\.\d+(\.\d+)?/.exec(engines.node)?.[0] : undefined
    if (promised === undefined) throw new Error('package.json names no Node version')
    const oldest = promised.split('.').length === 2 ? `${promised}.0` : promised
    expect(readFileSync('README.md', 'utf8')).toContain(`Node ${promised}`)
    if (typeof lock !== 'object' || lock === null || !('packages' in lock) || typeof lock.packages !== 'object' || lock.packages === null) throw new Error('package-lock.json lists no packages')
    const refused = Object.entries(lock.packages).flatMap(([name, entry]: [string, unknown]) => {
      if (typeof entry !== 'object' || entry === null || !('engines' in entry)) return []
      const node = typeof entry.engines === 'object' && entry.engines !== null && 'node' in entry.engines ? entry.engines.node : undefined
      if (typeof node !== 'string' || ('optional' in entry && entry.optional === true)) return []
      return satisfies(oldest, node) ? [] : [`${name} needs Node ${node}`]
    })
    expect(refused).toEqual([])
  })
})
