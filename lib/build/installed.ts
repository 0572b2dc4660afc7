import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Where an installed package's folder is, found as Node finds packages: in `node_modules` of the working
 * directory or of the nearest folder above it that has one (a build in a copy of the project, such as the
 * page-weight check's, uses the project's own install).
 */
export function installedPackageDir(name: string, from: string = process.cwd()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) throw new Error(`the package "${name}" is not installed above ${from}. Fix: run \`npm ci\``)
  }
}
