import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { walkFiles } from '../files/walk.mjs'

/**
 * A hash of the engine's own files that decide an output (`folders` under lib/, lib's top-level modules they
 * import, the locked dependency versions) and of the Node version running them: a cached output made by other
 * code is never reused. Test files are left out, so that a new test does not throw the cache away.
 */
export function engineVersion(root: string, folders: readonly string[]): string {
  const files = [
    ...folders.flatMap((folder) => sourceFiles(join(root, 'lib', folder))),
    ...sourceFiles(join(root, 'lib'), false),
    join(root, 'package-lock.json'),
  ].filter((file) => existsSync(file))
  const hash = createHash('sha256').update(process.version).update('\0')
  for (const file of [...new Set(files)].sort()) hash.update(relative(root, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

function sourceFiles(dir: string, deep = true): string[] {
  return [...walkFiles(dir, { link: () => false, enter: () => deep })]
    .filter((file) => /\.(ts|tsx|mjs|js|json)$/.test(file.name) && !/\.test\.[a-z]+$/.test(file.name))
    .map((file) => file.full)
}
