#!/usr/bin/env node
// A warm build's out/ equals a cold build's for the same content. In a scratch copy of the project building the
// fixture site (test/site/): the steps that fill .pressroom/cache/ run on the site as it is; then one post's
// text changes and a post is added, and the whole build runs warm; then everything the builds left (the cache
// included) is removed and the same content builds cold. Both exports must be the same, file for file, byte for
// byte. Next's build id is random per build unless set, so the scratch copy sets one (both builds the same).
// Usage: node test/warm-build/warm-build.mjs   (exit 0: equal; 1: the files that differ are listed)
import { appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyProject } from '../../bench/lib/scale-site.mjs'
import { differences, filesUnder } from './differences.mjs'
import { BUILD_STEPS, runSteps, stepsNamed } from '../../lib/build/steps.mjs'
import { TEST_SITE, TEST_SITE_ENV } from '../../lib/testing/env.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const EDITED = '2025-03-17-around-a-post.md'
const ADDED = '2025-03-18-written-between-builds.md'

function main() {
  const site = mkdtempSync(join(tmpdir(), 'pressroom-warm-build-'))
  console.log(`Warm build test in ${site}`)
  copyProject(ROOT, site)
  const config = join(site, 'next.config.mjs')
  writeFileSync(config, readFileSync(config, 'utf8').replace(/export default nextConfig\s*$/, "export default { ...nextConfig, generateBuildId: async () => 'warm-build-test' }\n"))
  // The scratch copy's own binaries: the project's would load a second copy of each package.
  const env = { ...TEST_SITE_ENV, PATH: [join(site, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter) }
  const posts = join(site, TEST_SITE, 'posts')

  runSteps(stepsNamed(['content', 'data']), { env, cwd: site, label: 'filling the cache' })
  const cached = join(site, '.pressroom', 'cache')
  const kept = existsSync(join(cached, 'markdown')) ? filesUnder(join(cached, 'markdown')).length : 0
  if (kept === 0) throw new Error('the first build kept no Markdown in .pressroom/cache/markdown/: nothing to test warm')

  appendFileSync(join(posts, EDITED), '\nA paragraph written between the two builds.\n')
  const seed = readFileSync(join(posts, '2016-06-20-container-days-in-boston.md'), 'utf8')
  writeFileSync(join(posts, ADDED), seed.replace(/^title: .*$/m, 'title: Written between builds').replace(/^date: .*$/m, 'date: 2025-03-18'))
  runSteps(BUILD_STEPS, { env, cwd: site, label: 'warm' })
  renameSync(join(site, 'out'), join(site, 'out-warm'))

  for (const made of ['.pressroom', '.contentlayer', '.content', '.next', join('public', 'og'), join('public', 'search'), join('public', '_pressroom')]) rmSync(join(site, made), { recursive: true, force: true })
  runSteps(BUILD_STEPS, { env, cwd: site, label: 'cold' })

  const differ = differences(join(site, 'out-warm'), join(site, 'out'))
  if (differ.length > 0) {
    console.error(`\n✗ The warm build's out/ differs from the cold build's in ${differ.length} files (both kept in ${site}):\n${differ.slice(0, 30).map((f) => `  ${f}`).join('\n')}`)
    process.exit(1)
  }
  console.log(`\n✓ The warm build (${kept} documents' Markdown kept from the first) wrote the same out/ as the cold build: ${filesUnder(join(site, 'out')).length} files.`)
  rmSync(site, { recursive: true, force: true })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
