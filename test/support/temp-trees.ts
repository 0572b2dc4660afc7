import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll } from 'vitest'

/** Files by path below the folder (`_posts/x.md`), as text or bytes; their folders are made as needed. */
export type TreeFiles = Readonly<Record<string, string | Buffer>>

/**
 * Test helper: temporary folders for one test file (a Jekyll site, a project, a built site), each made from
 * its files and then its symbolic links (path → target), all removed once the file's tests are done.
 * Call it at the top of a test file: `const tree = tempTrees('pressroom-import-')`.
 */
export function tempTrees(prefix: string): (files?: TreeFiles, links?: Readonly<Record<string, string>>) => string {
  const made: string[] = []
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (files = {}, links = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    made.push(dir)
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path))
    return dir
  }
}
