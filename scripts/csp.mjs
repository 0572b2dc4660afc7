#!/usr/bin/env node
// Content-Security-Policy for the static export (see lib/build/csp/policy.mjs for the why). Run with tsx:
// it reads lib/site.ts for the origins of the services switched on there (lib/build/csp/site-sources.ts).
//   tsx scripts/csp.mjs --dir out          write each page's policy meta, after `next build`
//   tsx scripts/csp.mjs --check-dir out    fail when a page runs an inline script its policy lacks
//   tsx scripts/csp.mjs --write-configs    write the headers into public/_headers and vercel.json
// (`npm run csp -- <flags>` adds the tsx options.)
import { parseArgs } from 'node:util'
import { pagePolicyProblems, writeHostConfigs, writePagePolicies } from '../lib/build/csp/files.mjs'
import { buildIsPreview, headerSources, pageSources } from '../lib/build/csp/site-sources.ts'

const { values } = parseArgs({ options: { dir: { type: 'string' }, 'check-dir': { type: 'string' }, 'write-configs': { type: 'boolean' } } })

if (values.dir) {
  const sources = pageSources(buildIsPreview())
  console.log(`CSP: wrote the policy of ${writePagePolicies(values.dir, () => sources)} pages in ${values.dir}/`)
}
if (values['check-dir']) {
  const problems = pagePolicyProblems(values['check-dir'])
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exit(1)
  console.log(`CSP: every page in ${values['check-dir']}/ allows exactly its own inline scripts`)
}
if (values['write-configs']) {
  writeHostConfigs(process.cwd(), headerSources())
  console.log('CSP: wrote public/_headers and vercel.json headers')
}
if (!values.dir && !values['check-dir'] && !values['write-configs']) {
  console.error('usage: npm run csp -- --dir out | --check-dir out | --write-configs')
  process.exit(2)
}
