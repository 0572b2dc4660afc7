// @ts-check
import { lstatSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The same rule as `entryProblems`, on files already unpacked: nothing but plain files (with one link each)
 * and folders, and no `.git`.
 * @param {string} root
 * @returns {string[]}
 */
export function treeProblems(root) {
  /** @type {string[]} */
  const problems = []
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const shown = relative(root, path)
      const stat = lstatSync(path)
      if (name.toLowerCase() === '.git') problems.push(`${shown}: .git folder`)
      if (stat.isSymbolicLink()) problems.push(`${shown}: symbolic link`)
      else if (stat.isDirectory()) walk(path)
      else if (!stat.isFile()) problems.push(`${shown}: not a regular file or folder`)
      else if (stat.nlink > 1) problems.push(`${shown}: hard link`)
    }
  }
  walk(root)
  return problems
}
