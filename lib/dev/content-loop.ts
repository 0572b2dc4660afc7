// `npm run dev`'s content side, as an object that owns the content's state: prepares what changed in the
// content folder into .content/ (only changed posts are rewritten), runs Contentlayer's dev as its child and
// reads its output, rebuilds the search index after each change Contentlayer writes, and keeps
// .content/status.json listing the content errors still standing, which the pages show in the browser
// (lib/content/status.ts). Contentlayer itself rewrites the post store (its onSuccess); the store's version
// file makes `next dev` re-render the open page. Every effect comes in through `ContentLoopEffects`
// (lib/dev/content-loop-effects.ts gives the real ones), so its decisions are tested without processes.
import { ContentError, type ContentProblem } from '../content/error'
import { preparedPath } from '../content/prepare'
import { sourceOfPrepared } from '../content/prepared-name'
import type { ContentChange } from './content-watcher'
import { createEchoFilter, createLogReader } from './contentlayer-log'

export type Contentlayer = { kill: (signal: NodeJS.Signals) => void }
export type OutputStream = 'stdout' | 'stderr'

export type ContentLoopEffects = {
  /** Every content file prepared again, only those whose text changed rewritten; throws on a problem. */
  prepareAll: () => { posts: number; written: string[]; removed: string[] }
  /** One post file (relative to the content folder) prepared; throws on a problem. */
  prepareFile: (file: string) => { written: string[]; removed: string[] }
  /** The status the pages read; `settings` marks the last change of the site's settings. */
  writeStatus: (problems: ContentProblem[], settings: string | undefined) => void
  /** Prints the standing problems (each once: lib/dev/problem-report.ts). */
  report: (problems: readonly ContentProblem[]) => void
  /** The problem with its line in the author's file filled in. */
  withLine: (problem: ContentProblem) => ContentProblem
  /** Starts Contentlayer's dev, handing each line it prints to `onLine` and its end to `onExit`. */
  startContentlayer: (clearCache: boolean, onLine: (line: string, stream: OutputStream) => void, onExit: (code: number | null, signal: NodeJS.Signals | null) => void) => Contentlayer
  warmRoutes: () => void
  searchIndex: { soon: () => void; stop: (signal: NodeJS.Signals) => void }
  /** `after` runs `run` in `ms` and returns what cancels it. */
  clock: { now: () => Date; after: (ms: number, run: () => void) => () => void }
  print: (line: string, stream: OutputStream) => void
  /** An error that is the engine's, not the content's: its stack is for the terminal. */
  engineError: (error: unknown) => void
  exit: (code: number) => void
}

export type ContentLoop = {
  /** Prepares everything and starts Contentlayer. */
  start: () => void
  /** What the content watcher saw over one pause (lib/dev/content-watcher.ts). */
  change: (change: ContentChange) => void
  /** Stops Contentlayer and the search index, then exits. */
  stop: (signal: NodeJS.Signals) => void
}

/** Problems come from Contentlayer a line at a time: published once the block has been read. */
const PUBLISH_AFTER_MS = 30

export function createContentLoop(effects: ContentLoopEffects): ContentLoop {
  const { clock } = effects
  /** The prepare step's problems by the content file they belong to (`posts/…md`). */
  const prepareProblems = new Map<string, ContentProblem>()
  /** Contentlayer's problems by the prepared file they belong to (`posts/…md`). */
  const layerProblems = new Map<string, ContentProblem>()
  /** When the site's settings last changed under this dev server. */
  let settingsChanged: string | undefined
  /** Prepared files changed and the search index has not been rebuilt from them yet. */
  let indexStale = false
  /** Includes, data or settings changed and Contentlayer has not redone every post since. */
  let siteWide = false
  const read = createLogReader()
  const echo = createEchoFilter()
  /** The file Contentlayer is redoing, and whether it met a problem in it. */
  let current: string | undefined
  let sawProblem = false
  let cancelPublish: (() => void) | undefined
  let contentlayer: Contentlayer | undefined
  let restarting = false

  function publish(): void {
    const problems = [...prepareProblems.values(), ...layerProblems.values()]
    effects.writeStatus(problems, settingsChanged)
    effects.report(problems)
  }

  function fail(error: unknown): void {
    const problem =
      error instanceof ContentError
        ? { file: error.file, field: error.field, problem: error.problem, fix: error.fix }
        : { file: '(content)', field: '(unknown)', problem: error instanceof Error ? error.message : String(error), fix: 'see the terminal' }
    prepareProblems.set(problem.file, problem)
    // Contentlayer never saw this version of the file: what it said about the last one no longer stands.
    layerProblems.delete(preparedPath(problem.file))
    // Not a content problem: the stack is the engine's to see (the problem itself is printed by publish).
    if (!(error instanceof ContentError)) effects.engineError(error)
  }

  /** Prepares `files` (post files, relative to the content folder), or with none every file. */
  function prepare(files: string[]): void {
    const started = clock.now().getTime()
    const changed: string[] = []
    let posts: number | undefined
    if (files.length === 0) {
      try {
        const result = effects.prepareAll()
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
          const result = effects.prepareFile(file)
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
    const shown = `${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}`
    effects.print(`Content: ${count} prepared, ${changed.length} changed (${shown}) in ${clock.now().getTime() - started} ms`, 'stdout')
    publish()
  }

  function onLine(line: string, stream: OutputStream): void {
    if (echo(line)) effects.print(line, stream)
    for (const event of read(line)) {
      if (event.kind === 'updated') {
        current = event.file
        sawProblem = false
      } else if (event.kind === 'deleted') {
        layerProblems.delete(event.file)
      } else if (event.kind === 'problem') {
        // Named as the author's file, at the key's line, read now: once fixed the key is gone from the file.
        layerProblems.set(event.problem.file, effects.withLine({ ...event.problem, file: sourceOfPrepared(event.problem.file) }))
        sawProblem = true
        cancelPublish?.()
        cancelPublish = clock.after(PUBLISH_AFTER_MS, publish)
      } else {
        // Written: the file it redid is good again; after a full pass (no file named), every file is.
        if (current === undefined) layerProblems.clear()
        else if (!sawProblem) layerProblems.delete(current)
        current = undefined
        publish()
        effects.warmRoutes()
        if (indexStale) {
          indexStale = false
          effects.searchIndex.soon()
        }
      }
    }
  }

  /** `clearCache`: redo every post, for changes the posts' own files do not show (includes, site data). */
  function startContentlayer(clearCache: boolean): void {
    current = undefined
    contentlayer = effects.startContentlayer(clearCache, onLine, (code, signal) => {
      if (restarting) {
        restarting = false
        startContentlayer(true)
        return
      }
      effects.print(`✗ contentlayer2 dev stopped (${signal ?? `exit ${code}`})`, 'stderr')
      effects.exit(code ?? 1)
    })
  }

  return {
    start: () => {
      prepare([])
      startContentlayer(false)
    },
    change: (change) => {
      if (change.siteWide) settingsChanged = clock.now().toISOString()
      prepare(change.everything ? [] : change.posts)
      if (change.siteWide) siteWide = true
      if (siteWide && prepareProblems.size === 0 && contentlayer) {
        siteWide = false
        indexStale = true
        restarting = true
        effects.print('Content: includes, data or site settings changed: Contentlayer redoes every post', 'stdout')
        contentlayer.kill('SIGTERM')
      }
    },
    stop: (signal) => {
      contentlayer?.kill(signal)
      effects.searchIndex.stop(signal)
      effects.exit(0)
    },
  }
}
