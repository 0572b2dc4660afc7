// What `npm run csp` does, by flag: each page's policy written, each page's policy checked, or the host
// configs' headers written.
import { pagePolicyProblems, writeHostConfigs, writePagePolicies } from './files.mjs'
import { buildIsPreview, headerSources, pageSources } from './site-sources.ts'

/**
 * Runs what the flags ask, in the project folder (the current one); the exit code: 2 for no flag, 1 when
 * a page runs an inline script its policy lacks, else 0.
 * @param {{ dir?: string, checkDir?: string, writeConfigs?: boolean }} flags
 * @returns {number}
 */
export function runCsp(flags) {
  if (flags.dir) {
    const sources = pageSources(buildIsPreview())
    console.log(`CSP: wrote the policy of ${writePagePolicies(flags.dir, () => sources)} pages in ${flags.dir}/`)
  }
  if (flags.checkDir) {
    const problems = pagePolicyProblems(flags.checkDir)
    for (const problem of problems) console.error(problem)
    if (problems.length > 0) return 1
    console.log(`CSP: every page in ${flags.checkDir}/ allows exactly its own inline scripts`)
  }
  if (flags.writeConfigs) {
    writeHostConfigs(process.cwd(), headerSources())
    console.log('CSP: wrote public/_headers and vercel.json headers')
  }
  if (!flags.dir && !flags.checkDir && !flags.writeConfigs) {
    console.error('usage: npm run csp -- --dir out | --check-dir out | --write-configs')
    return 2
  }
  return 0
}
