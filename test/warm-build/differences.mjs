import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { linksInside, listFiles } from '../../lib/files/walk.mjs'

/**
 * Every file under `dir`, relative to it, sorted.
 * @param {string} dir @returns {string[]}
 */
export const filesUnder = (dir) =>
  listFiles(dir, { link: linksInside(dir) }).map((file) => file.rel)

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
