import { createHash } from 'node:crypto'
import { join } from 'node:path'

/** Where, under the project, a build's pre-rendered posts wait for Contentlayer; emptied by every build. */
export const PRERENDERED_DIR = join('.pressroom', 'prerendered')

/** The file a post's HTML is kept in: named by its path and its whole source, so an edited post misses. */
export function prerenderedFile(dir: string, sourceFilePath: string, source: string): string {
  return join(dir, `${createHash('sha256').update(sourceFilePath).update('\0').update(source).digest('hex').slice(0, 40)}.html`)
}
