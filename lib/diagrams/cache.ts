import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Rendered } from './render'

/**
 * Rendered diagrams live in the repository (content/diagrams/), one pair of SVGs per diagram named by the
 * hash of its source: a build finds a diagram it has seen before without a browser, and an edited diagram
 * gets a new name, so a stale SVG is never shown.
 */
export function diagramKey(source: string): string {
  return createHash('sha256').update(source.trim()).digest('hex').slice(0, 16)
}

const paths = (dir: string, key: string) => ({ light: join(dir, `${key}.light.svg`), dark: join(dir, `${key}.dark.svg`) })

export function readCached(dir: string, key: string): Rendered | undefined {
  const { light, dark } = paths(dir, key)
  if (!existsSync(light) || !existsSync(dark)) return undefined
  return { light: readFileSync(light, 'utf8'), dark: readFileSync(dark, 'utf8') }
}

export function writeCached(dir: string, key: string, rendered: Rendered): void {
  mkdirSync(dir, { recursive: true })
  const { light, dark } = paths(dir, key)
  writeFileSync(light, rendered.light)
  writeFileSync(dark, rendered.dark)
}
