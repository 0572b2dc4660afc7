// @ts-check
// Plain JavaScript (typed through JSDoc) so the build's and benchmarks' .mjs modules, which run under plain
// Node, share it with the TypeScript code.
import { statSync } from 'node:fs'

/**
 * Whether `path` is a regular file, through links; false for anything missing or unreadable.
 * @param {string} path
 * @returns {boolean}
 */
export function isFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Whether `path` is a folder, through links; false for anything missing or unreadable.
 * @param {string} path
 * @returns {boolean}
 */
export function isFolder(path) {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * What a non-regular file is, for a message naming it.
 * @param {import('node:fs').Stats} stat
 * @returns {string}
 */
export function specialKind(stat) {
  if (stat.isFIFO()) return 'named pipe (FIFO)'
  if (stat.isSocket()) return 'socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device'
  return 'special file'
}
