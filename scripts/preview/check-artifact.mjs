#!/usr/bin/env node
// @ts-check
// Refuses a preview artifact that could write outside the site when unpacked or publish a link:
//   node scripts/preview/check-artifact.mjs archive <file.zip|file.tar>   entries, before unpacking
//   node scripts/preview/check-artifact.mjs tree <dir>                     the unpacked files, after
// Exit 1 with one line per problem. Uses Node's built-ins only: the publishing job installs nothing.
import { readFileSync } from 'node:fs'
import { entryProblems, tarEntries, zipEntries } from '../../lib/build/preview/artifact-entries.mjs'
import { treeProblems } from '../../lib/build/preview/artifact-tree.mjs'

const [mode, path] = process.argv.slice(2)
if (!path || (mode !== 'archive' && mode !== 'tree')) {
  console.error('usage: check-artifact.mjs archive <file.zip|file.tar> | tree <dir>')
  process.exit(2)
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
if (problems.length > 0) process.exit(1)
console.log(`${path}: every entry is a plain file or folder inside the site`)
