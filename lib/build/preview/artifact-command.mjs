// @ts-check
// Refuses a preview artifact that could write outside the site when unpacked or publish a link
// (scripts/preview/check-artifact.mjs): an archive's entries before unpacking, or the unpacked tree after.
// Node's built-ins only: the publishing job installs nothing.
import { readFileSync } from 'node:fs'
import { entryProblems, tarEntries, zipEntries } from './artifact-entries.mjs'
import { treeProblems } from './artifact-tree.mjs'

/**
 * Checks `path` as `mode` says ('archive' or 'tree'), one line per problem; the exit code: 2 for another
 * mode or no path, 1 on a problem, else 0.
 * @param {string | undefined} mode @param {string | undefined} path
 * @returns {number}
 */
export function checkArtifact(mode, path) {
  if (!path || (mode !== 'archive' && mode !== 'tree')) {
    console.error('usage: check-artifact.mjs archive <file.zip|file.tar> | tree <dir>')
    return 2
  }
  let problems
  if (mode === 'archive') {
    const bytes = readFileSync(path)
    const isZip = bytes.readUInt32LE(0) === 0x04034b50 || bytes.readUInt32LE(0) === 0x06054b50
    problems = entryProblems(isZip ? zipEntries(bytes) : tarEntries(bytes))
  } else {
    problems = treeProblems(path)
  }
  for (const problem of problems) console.error(`::error::${path}: ${problem}`)
  if (problems.length > 0) return 1
  console.log(`${path}: every entry is a plain file or folder inside the site`)
  return 0
}
