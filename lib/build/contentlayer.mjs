// `contentlayer2 build` and `contentlayer2 dev`, as Contentlayer's own CLI runs them, but without the
// execution tracing that CLI switches on before anything else loads. With tracing on, every fiber Contentlayer
// forks (one per document) copies its parent's trace buffer, which only grows (its ring buffer never
// forgets a trace it was told to ignore): the cost per document grows with the number of documents, 54% of
// all CPU at 10,000 posts, and the content step took over 15 minutes there. Nothing else differs: the same
// config, the same cache and output folder, the same errors. And under `dev`, after a change, the documents
// that changed are written by lib/build/contentlayer-documents.mjs, not every document by Contentlayer.
// Run as its own process, started by lib/build/content-step.ts (the one place Contentlayer is started):
//   node scripts/contentlayer.mjs build|dev [--clearCache] [--verbose] [--config <file>]
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as core from '@contentlayer2/core'
import { errorToString } from '@contentlayer2/utils'
import { E, pipe, S, T } from '@contentlayer2/utils/effect'
import { cleanContentlayerReport, contentErrorsIn } from '../content/content-errors.mjs'
import { documentWriter } from './contentlayer-documents.mjs'

/**
 * Runs `build` or `dev` as Contentlayer's CLI would, with `--clearCache` (everything Contentlayer wrote is
 * redone), `--verbose` and `--config <file>` (a config outside the working directory: the preview's base).
 * @param {string[]} argv
 */
export async function runContentlayer(argv) {
  const [command, ...flags] = argv
  const configAt = flags.indexOf('--config')
  const configPath = configAt === -1 ? undefined : flags[configAt + 1]
  const verbose = flags.includes('--verbose') || process.env.CL_DEBUG !== undefined
  const run = core.runMain({ tracingServiceName: 'contentlayer-cli', verbose })
  // Contentlayer's core logs `successCallback <folder>` before each onSuccess, a debug line left in its code.
  const log = console.log
  console.log = (...args) => {
    if (args[0] !== 'successCallback') log(...args)
  }
  // As the CLI's --clearCache: everything Contentlayer wrote, its cache included, is rebuilt.
  if (flags.includes('--clearCache')) rmSync(join(process.cwd(), '.contentlayer'), { recursive: true, force: true })
  if (command === 'build') {
    // Contentlayer logs the documents it could not build itself; a content error among them is told as its line.
    const shown = console.log
    console.log = (...args) => shown(...args.map((arg) => (typeof arg === 'string' ? cleanContentlayerReport(arg) : arg)))
    await run(build(configPath, verbose))
  } else if (command === 'dev') await run(dev(configPath, verbose))
  else {
    console.error(`usage: node scripts/contentlayer.mjs build|dev (got ${command ?? 'nothing'})`)
    process.exit(2)
  }
}

// The CLI's check of tsconfig's import alias is left out: the config turns it off (disableImportAliasWarning).
/** @param {string | undefined} configPath @param {boolean} verbose */
const build = (configPath, verbose) =>
  pipe(
    core.getConfig({ configPath, esbuildOptions: { external: undefined } }),
    T.chain((config) => core.generateDotpkg({ config, verbose })),
    T.tap(core.logGenerateInfo),
    T.tapError((error) => T.succeedWith(() => exitOnContentErrors(error))),
  )

/** A content error stops the build as its own line (file, field, fix), not inside Contentlayer's wrappers. */
/** @param {unknown} error */
function exitOnContentErrors(error) {
  const lines = contentErrorsIn(error)
  if (lines.length === 0) return
  console.error(`Content that cannot be built as it is:\n${lines.map((line) => `  ${line}`).join('\n')}`)
  process.exit(1)
}

/**
 * Contentlayer's own dev stream, but with the documents written by documentWriter: its schema, its watched
 * data (fetchData keeps its cache and reports each change), then the changed documents, then the config's
 * onSuccess (the post store). The types, `index.mjs` and `_index.json` are those the build step wrote
 * before `npm run dev` started (or, after a config change, generateDotpkg writes them first); `_index.json`
 * is not kept up to date under dev, where nothing reads it.
 */
/** @param {core.Config} config @param {boolean} configChanged @param {boolean} verbose */
const devStream = (config, configChanged, verbose) =>
  pipe(
    S.fromEffect(
      pipe(
        configChanged ? core.generateDotpkg({ config, verbose }) : T.unit,
        T.chain(() => T.structPar({ schemaDef: config.source.provideSchema(config.esbuildHash), targetPath: core.ArtifactsDir.mkdir })),
        T.either,
      ),
    ),
    S.chainMapEitherRight(({ schemaDef, targetPath }) => {
      const write = documentWriter({ generated: join(targetPath, 'generated'), typeField: config.source.options.fieldOptions.typeFieldName, types: Object.keys(schemaDef.documentTypeDefMap) })
      const index = pathToFileURL(join(targetPath, 'generated', 'index.mjs')).href
      return pipe(
        config.source.fetchData({ schemaDef, verbose }),
        S.mapEffectEitherRight((cache) =>
          T.either(
            T.tryCatchPromise(
              async () => {
                write(cache.cacheItemsMap)
                await config.source.options.onSuccess?.(() => import(index))
                return { documentCount: Object.keys(cache.cacheItemsMap).length }
              },
              (error) => new core.SuccessCallbackError({ error }),
            ),
          ),
        ),
      )
    }),
  )

/** @param {string | undefined} configPath @param {boolean} verbose */
const dev = (configPath, verbose) => {
  let configs = 0
  return pipe(
    core.getConfigWatch({ configPath, esbuildOptions: { external: undefined } }),
    S.tapSkipFirstRight(() => T.log('Contentlayer config change detected. Updating type definitions and data...')),
    S.chainSwitchMapEitherRight((config) => devStream(config, configs++ > 0, verbose)),
    S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
    S.runDrain,
  )
}
