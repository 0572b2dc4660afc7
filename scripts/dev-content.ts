// `npm run dev`'s content side (started by scripts/dev.mjs), one process that owns the content's state:
// watches the content folder, prepares it into .content/ (only changed posts are rewritten), runs
// `contentlayer2 dev` on .content/ as its child and reads its output, rebuilds the search index in
// public/search/ after each change Contentlayer writes, and keeps .content/status.json listing the content
// errors still standing, which the pages show in the browser (lib/content/status.ts).
// Contentlayer itself rewrites the post store the pages read (.pressroom/posts/, its onSuccess) after each
// rebuild; the store's version file makes `next dev` re-render the open page.
//   tsx --tsconfig scripts/tsconfig.tsx.json scripts/dev-content.ts
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ContentError } from '../lib/content-error'
import { contentDir } from '../lib/content-dir'
import { prepareContent, preparePostFile } from '../lib/content/prepare-dir'
import { routeWarmer } from './dev-warm-routes'
import { searchIndexRebuilder } from './dev-search-index'
import { writeContentStatus, type ContentProblem } from '../lib/content/status-file'
import { createEchoFilter, createLogReader } from '../lib/dev/contentlayer-log'
import { problemReporter, withLine } from '../lib/dev/problem-report'
import { preparedPath } from '../lib/content/prepare'
import { sourceOfPrepared } from '../lib/content/prepared-name'
import { watchContent } from '../lib/dev/content-watcher'

const root = process.cwd()
const source = contentDir(root)

/** The prepare step's problems by the content file they belong to (`posts/…md`). */
const prepareProblems = new Map<string, ContentProblem>()
/** Contentlayer's problems by the prepared file they belong to (`posts/…md`). */
const layerProblems = new Map<string, ContentProblem>()

const report = problemReporter()
/** When the site's settings last changed under this dev server (see writeContentStatus). */
let settingsChanged: string | undefined
function publish(): void {
  const problems = [...prepareProblems.values(), ...layerProblems.values()]
  writeContentStatus(root, problems, settingsChanged)
  report(problems)
}

const originAt = process.argv.indexOf('--origin')
const warmRoutes = routeWarmer(root, originAt === -1 ? undefined : process.argv[originAt + 1])

// Set when prepared files changed and the search index has not been rebuilt from them yet.
let indexStale = false

/** Prepares `files` (post files, relative to the content folder), or with none every file. */
function prepare(files: string[] = []): void {
  const started = Date.now()
  const changed: string[] = []
  let posts: number | undefined
  const fail = (error: unknown) => {
    const problem =
      error instanceof ContentError
        ? { file: error.file, field: error.field, problem: error.problem, fix: error.fix }
        : { file: '(content)', field: '(unknown)', problem: error instanceof Error ? error.message : String(error), fix: 'see the terminal' }
    prepareProblems.set(problem.file, problem)
    // Contentlayer never saw this version of the file: what it said about the last one no longer stands.
    layerProblems.delete(preparedPath(problem.file))
    // Not a content problem: the stack is the engine's to see (the problem itself is printed by publish).
    if (!(error instanceof ContentError)) console.error(error)
  }
  if (files.length === 0) {
    try {
      const result = prepareContent(root, new Date(), { onlyChanged: true })
      prepareProblems.clear()
      posts = result.posts
      for (const file of result.removed) layerProblems.delete(file)
      changed.push(...result.written, ...result.removed)
    } catch (error) {
      prepareProblems.clear()
      fail(error)
    }
  } else {
    for (const file of files) {
      try {
        const result = preparePostFile(root, file, new Date())
        prepareProblems.delete(file)
        for (const gone of result.removed) layerProblems.delete(gone)
        changed.push(...result.written, ...result.removed)
      } catch (error) {
        fail(error)
      }
    }
  }
  if (changed.length > 0) indexStale = true
  const count = posts === undefined ? `${files.length} file${files.length === 1 ? '' : 's'}` : `${posts} posts`
  console.log(`Content: ${count} prepared, ${changed.length} changed (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}) in ${Date.now() - started} ms`)
  publish()
}

const searchIndex = searchIndexRebuilder(root)

prepare()

const read = createLogReader()
const echo = createEchoFilter()
let current: string | undefined
let sawProblem = false
let publishTimer: NodeJS.Timeout | undefined
function onLine(line: string, to: NodeJS.WriteStream): void {
  if (echo(line)) to.write(`${line}\n`)
  for (const event of read(line)) {
    if (event.kind === 'updated') {
      current = event.file
      sawProblem = false
    } else if (event.kind === 'deleted') {
      layerProblems.delete(event.file)
    } else if (event.kind === 'problem') {
      // Named as the author's file, at the key's line, read now: once fixed the key is gone from the file.
      layerProblems.set(event.problem.file, withLine({ ...event.problem, file: sourceOfPrepared(event.problem.file) }, source))
      sawProblem = true
      // Problems come a line at a time: publish once the block has been read.
      clearTimeout(publishTimer)
      publishTimer = setTimeout(publish, 30)
    } else {
      // Written: the file it redid is good again; after a full pass (no file named), every file is.
      if (current === undefined) layerProblems.clear()
      else if (!sawProblem) layerProblems.delete(current)
      current = undefined
      publish()
      warmRoutes()
      if (indexStale) {
        indexStale = false
        searchIndex.soon()
      }
    }
  }
}

let contentlayer: ChildProcess | undefined
let restarting = false
/** `clearCache`: redo every post, for changes the posts' own files do not show (includes, site data). */
function startContentlayer(clearCache: boolean): void {
  const child = spawn(process.execPath, [join(root, 'scripts', 'contentlayer.mjs'), 'dev', ...(clearCache ? ['--clearCache'] : [])], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
  contentlayer = child
  current = undefined
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => onLine(line, process.stdout))
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => onLine(line, process.stderr))
  child.on('exit', (code, signal) => {
    if (restarting) {
      restarting = false
      startContentlayer(true)
      return
    }
    console.error(`✗ contentlayer2 dev stopped (${signal ?? `exit ${code}`})`)
    process.exit(code ?? 1)
  })
}
startContentlayer(false)

// Set when includes, data or settings changed and Contentlayer has not redone every post since.
let siteWide = false
watchContent(source, (change) => {
  if (change.siteWide) settingsChanged = new Date().toISOString()
  prepare(change.everything ? [] : change.posts)
  if (change.siteWide) siteWide = true
  if (siteWide && prepareProblems.size === 0 && contentlayer) {
    siteWide = false
    indexStale = true
    restarting = true
    console.log('Content: includes, data or site settings changed: Contentlayer redoes every post')
    contentlayer.kill('SIGTERM')
  }
})
console.log(`Watching ${source} for changes`)

// Stopped by scripts/dev.mjs, which signals this whole process group; stopping on its own takes the children too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    contentlayer?.kill(signal)
    searchIndex.stop(signal)
    process.exit(0)
  })
}
