// @ts-check
/** File-system side of the CSP: the exported pages and the host configs written from headers.mjs. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { linksInside, walkFiles } from '../../files/walk.mjs'
import { headersFile, vercelHeaders } from './headers.mjs'
import { unlistedScripts, withPagePolicy } from './policy.mjs'

/** @param {string} dir @returns {string[]} */
export function htmlFiles(dir) {
  return [...walkFiles(dir, { link: linksInside(dir) })].filter((file) => file.name.endsWith('.html')).map((file) => file.full)
}

/**
 * Writes each page's policy meta; returns how many pages it wrote.
 * @param {string} dir
 * @param {(html: string) => import('./policy.mjs').Sources} [sourcesFor]  what each page's services need
 */
export function writePagePolicies(dir, sourcesFor) {
  const files = htmlFiles(dir)
  for (const file of files) writeFileSync(file, named(file, () => withPagePolicy(readFileSync(file, 'utf8'), sourcesFor)))
  return files.length
}

/** One line per page whose inline scripts its policy does not allow. @param {string} dir */
export function pagePolicyProblems(dir) {
  return htmlFiles(dir).flatMap((file) => named(file, () => unlistedScripts(readFileSync(file, 'utf8'))).map((script) => `${file}: inline script not in its CSP: ${script}`))
}

/**
 * Runs `work` on one page, naming the page in the one line of any error it throws.
 * @template T @param {string} file @param {() => T} work @returns {T}
 */
function named(file, work) {
  try {
    return work()
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

/** @param {string} root @param {import('./policy.mjs').Sources} [sources] */
export function writeHostConfigs(root, sources = {}) {
  writeFileSync(join(root, 'public/_headers'), headersFile(sources))
  const vercelPath = join(root, 'vercel.json')
  const vercel = JSON.parse(readFileSync(vercelPath, 'utf8'))
  writeFileSync(vercelPath, `${JSON.stringify({ ...vercel, headers: vercelHeaders(sources) }, null, 2)}\n`)
}

/** Differences between the committed host configs and headers.mjs. @param {string} root @param {import('./policy.mjs').Sources} [sources] */
export function hostConfigProblems(root, sources = {}) {
  const problems = []
  if (readFileSync(join(root, 'public/_headers'), 'utf8') !== headersFile(sources)) problems.push('public/_headers')
  const vercel = JSON.parse(readFileSync(join(root, 'vercel.json'), 'utf8'))
  if (JSON.stringify(vercel.headers) !== JSON.stringify(vercelHeaders(sources))) problems.push('vercel.json headers')
  return problems.map((file) => `${file} differs from lib/build/csp/headers.mjs: run \`npx tsx --tsconfig scripts/tsconfig.tsx.json scripts/csp.mjs --write-configs\``)
}
