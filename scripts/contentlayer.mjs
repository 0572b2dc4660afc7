#!/usr/bin/env node
// `contentlayer2 build` and `contentlayer2 dev`, as Contentlayer's own CLI runs them, but without the
// execution tracing that CLI switches on before anything else loads. With tracing on, every fiber Contentlayer
// forks (one per document) copies its parent's trace buffer, which only grows (its ring buffer never
// forgets a trace it was told to ignore): the cost per document grows with the number of documents, 54% of
// all CPU at 10,000 posts, and the content step took over 15 minutes there. Nothing else differs: the same
// config, the same cache and output folder, the same errors.
//   node scripts/contentlayer.mjs build|dev [--clearCache] [--verbose]
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '@contentlayer2/core'
import { errorToString } from '@contentlayer2/utils'
import { E, pipe, S, T } from '@contentlayer2/utils/effect'

const [command, ...flags] = process.argv.slice(2)
const verbose = flags.includes('--verbose') || process.env.CL_DEBUG !== undefined
const run = core.runMain({ tracingServiceName: 'contentlayer-cli', verbose })
// As the CLI's --clearCache: everything Contentlayer wrote, its cache included, is rebuilt.
if (flags.includes('--clearCache')) rmSync(join(process.cwd(), '.contentlayer'), { recursive: true, force: true })

// The CLI's check of tsconfig's import alias is left out: the config turns it off (disableImportAliasWarning).
const build = () =>
  pipe(
    core.getConfig({ configPath: undefined, esbuildOptions: { external: undefined } }),
    T.chain((config) => core.generateDotpkg({ config, verbose })),
    T.tap(core.logGenerateInfo),
  )

const dev = () =>
  pipe(
    core.getConfigWatch({ configPath: undefined, esbuildOptions: { external: undefined } }),
    S.tapSkipFirstRight(() => T.log('Contentlayer config change detected. Updating type definitions and data...')),
    S.chainSwitchMapEitherRight((config) => core.generateDotpkgStream({ config, verbose, isDev: true })),
    S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
    S.runDrain,
  )

if (command === 'build') await run(build())
else if (command === 'dev') await run(dev())
else {
  console.error(`usage: node scripts/contentlayer.mjs build|dev (got ${command ?? 'nothing'})`)
  process.exit(2)
}
