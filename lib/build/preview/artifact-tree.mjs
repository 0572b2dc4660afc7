// @ts-check
import { statSync } from 'node:fs'
import { walkFiles } from '../../files/walk.mjs'

/**
 * The same rule as `entryProblems`, on files already unpacked: nothing but plain files (with one link each)
 * and folders, and no `.git`.
 * @param {string} root
 * @returns {string[]}
 */
export function treeProblems(root) {
  /** @type {string[]} */
  const problems = []
  const files = walkFiles(root, {
    skip: (entry) => {
      if (entry.name.toLowerCase() === '.git') problems.push(`${entry.rel}: .git folder`)
      return false
    },
    link: (entry) => {
      problems.push(`${entry.rel}: symbolic link`)
      return false
    },
    special: (entry) => problems.push(`${entry.rel}: not a regular file or folder`),
  })
  for (const file of files) if (statSync(file.full).nlink > 1) problems.push(`${file.rel}: hard link`)
  return problems
}
