import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Every file under `dir`, relative to it, sorted.
 * @param {string} dir @returns {string[]}
 */
export const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()

/**
 * The files that differ between two folders: in one only, or with other bytes.
 * @param {string} a @param {string} b @returns {string[]}
 */
export function differences(a, b) {
  const left = filesUnder(a)
  const right = filesUnder(b)
  const inRight = new Set(right)
  const inLeft = new Set(left)
  const differ = left.filter((file) => !inRight.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
  return [...differ, ...right.filter((file) => !inLeft.has(file))]
}
