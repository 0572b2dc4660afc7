import { describe, expect, it } from 'vitest'
import { ContentError, type ContentProblem } from '../content/error'
import { createContentLoop, type ContentLoopEffects, type OutputStream } from './content-loop'
import { problemReporter } from './problem-report'

const change = (posts: string[], more: { everything?: boolean; siteWide?: boolean } = {}) => ({ posts, everything: more.everything ?? false, siteWide: more.siteWide ?? false })

/** The loop with recording stand-ins for every effect; `prepared` says what preparing a file writes or throws. */
function harness(prepared: (file: string) => { written: string[]; removed: string[] } = (file) => ({ written: [file], removed: [] })) {
  const calls = { prepared: [] as string[], statuses: [] as ContentProblem[][], settings: [] as (string | undefined)[], printed: [] as string[], reported: [] as string[], warmed: 0, indexed: 0, starts: [] as boolean[], kills: [] as NodeJS.Signals[], stopped: [] as NodeJS.Signals[], exits: [] as number[] }
  const timers: (() => void)[] = []
  let contentlayer: { line: (line: string, stream?: OutputStream) => void; exit: (code: number | null, signal: NodeJS.Signals | null) => void } | undefined
  const effects: ContentLoopEffects = {
    prepareAll: () => ({ posts: 2, written: [], removed: [] }),
    prepareFile: (file) => {
      calls.prepared.push(file)
      return prepared(file)
    },
    writeStatus: (problems, settings) => {
      calls.statuses.push(problems)
      calls.settings.push(settings)
    },
    report: problemReporter((line) => calls.reported.push(line)),
    withLine: (problem) => ({ ...problem, line: 3 }),
    startContentlayer: (clearCache, onLine, onExit) => {
      calls.starts.push(clearCache)
      contentlayer = { line: (line, stream = 'stdout') => onLine(line, stream), exit: onExit }
      return { kill: (signal) => calls.kills.push(signal) }
    },
    warmRoutes: () => void calls.warmed++,
    searchIndex: { soon: () => void calls.indexed++, stop: (signal) => calls.stopped.push(signal) },
    clock: {
      now: () => new Date('2026-12-08T01:00:00.000Z'),
      after: (_ms, run) => {
        timers.push(run)
        return () => timers.splice(timers.indexOf(run), 1)
      },
    },
    print: (line) => calls.printed.push(line),
    engineError: (error) => calls.printed.push(`engine: ${String(error)}`),
    exit: (code) => calls.exits.push(code),
  }
  const loop = createContentLoop(effects)
  loop.start()
  const contentlayerSays = (...lines: string[]) => {
    for (const line of lines) contentlayer?.line(line)
  }
  return { loop, calls, contentlayerSays, exitContentlayer: (code: number | null, signal: NodeJS.Signals | null) => contentlayer?.exit(code, signal), runTimers: () => timers.splice(0).forEach((run) => run()) }
}

describe('the dev loop, on a post edit', () => {
  it('prepares the post alone, then once Contentlayer has written it, warms the routes and rebuilds the search index', () => {
    const { loop, calls, contentlayerSays } = harness()
    loop.change(change(['posts/a.md']))
    expect(calls.prepared).toEqual(['posts/a.md'])
    expect(calls.indexed).toBe(0)
    contentlayerSays('File updated: posts/a.md', 'Generated 1 documents in .contentlayer')
    expect(calls.warmed).toBe(1)
    expect(calls.indexed).toBe(1)
    expect(calls.statuses.at(-1)).toEqual([])
    expect(calls.printed.some((line) => line.startsWith('Content: 1 file prepared, 1 changed (posts/a.md)'))).toBe(true)
  })

  it('leaves the search index alone when the edit changed no prepared file', () => {
    const { loop, calls, contentlayerSays } = harness(() => ({ written: [], removed: [] }))
    loop.change(change(['posts/a.md']))
    contentlayerSays('File updated: posts/a.md', 'Generated 1 documents in .contentlayer')
    expect(calls.warmed).toBe(1)
    expect(calls.indexed).toBe(0)
  })

  it("does not echo Contentlayer's progress, and does echo anything else it says", () => {
    const { calls, contentlayerSays } = harness()
    contentlayerSays('File updated: posts/a.md', 'Something unexpected')
    expect(calls.printed).not.toContain('File updated: posts/a.md')
    expect(calls.printed).toContain('Something unexpected')
  })
})

describe('the dev loop, on content errors', () => {
  it("reports a prepare error once while it stands, and clears it when the post is fixed", () => {
    let broken = true
    const { loop, calls } = harness((file) => {
      if (broken) throw new ContentError(file, 'date', '"soon" is not a date', 'write YYYY-MM-DD')
      return { written: [file], removed: [] }
    })
    loop.change(change(['posts/a.md']))
    loop.change(change(['posts/a.md']))
    expect(calls.reported).toEqual(['✗ posts/a.md: field "date": "soon" is not a date. Fix: write YYYY-MM-DD'])
    expect(calls.statuses.at(-1)).toEqual([{ file: 'posts/a.md', field: 'date', problem: '"soon" is not a date', fix: 'write YYYY-MM-DD' }])
    broken = false
    loop.change(change(['posts/a.md']))
    expect(calls.statuses.at(-1)).toEqual([])
    expect(calls.reported.at(-1)).toBe('✓ Content: no errors left')
  })

  it("reports Contentlayer's problem as the author's file at its line, and keeps it until a pass without it", () => {
    const { calls, contentlayerSays, runTimers } = harness()
    contentlayerSays('File updated: posts/a.md', 'posts/a.md: field "tittle": not a key. Fix: remove it')
    expect(calls.reported).toEqual([])
    runTimers()
    expect(calls.reported).toEqual(['✗ posts/a.md:3: field "tittle": not a key. Fix: remove it'])
    contentlayerSays('Generated 1 documents in .contentlayer')
    expect(calls.statuses.at(-1)).toHaveLength(1)
    contentlayerSays('File updated: posts/a.md', 'Generated 1 documents in .contentlayer')
    expect(calls.statuses.at(-1)).toEqual([])
    expect(calls.reported).toEqual(['✗ posts/a.md:3: field "tittle": not a key. Fix: remove it', '✓ Content: no errors left'])
  })

  it('prints the stack of an error that is not about content', () => {
    const { loop, calls } = harness(() => {
      throw new TypeError('x is undefined')
    })
    loop.change(change(['posts/a.md']))
    expect(calls.printed).toContain('engine: TypeError: x is undefined')
    expect(calls.statuses.at(-1)?.[0]).toMatchObject({ file: '(content)', problem: 'x is undefined' })
  })
})

describe('the dev loop, on a change of site settings', () => {
  it('marks the status so the open page reloads, and has Contentlayer redo every post from a clear cache', () => {
    const { loop, calls, exitContentlayer } = harness()
    expect(calls.starts).toEqual([false])
    loop.change(change([], { everything: true, siteWide: true }))
    expect(calls.settings.at(-1)).toBe('2026-12-08T01:00:00.000Z')
    expect(calls.kills).toEqual(['SIGTERM'])
    exitContentlayer(null, 'SIGTERM')
    expect(calls.starts).toEqual([false, true])
    expect(calls.exits).toEqual([])
  })

  it('waits with the redo while a prepare error stands, and a post edit alone never redoes', () => {
    let broken = true
    const { loop, calls } = harness((file) => {
      if (broken) throw new ContentError(file, 'date', 'bad', 'fix it')
      return { written: [file], removed: [] }
    })
    loop.change(change(['posts/a.md'], { siteWide: true }))
    expect(calls.kills).toEqual([])
    broken = false
    loop.change(change(['posts/a.md']))
    expect(calls.kills).toEqual(['SIGTERM'])
    loop.change(change(['posts/b.md']))
    expect(calls.kills).toEqual(['SIGTERM'])
  })
})

describe('the dev loop, stopping', () => {
  it('stops Contentlayer and the search index on SIGTERM, then exits', () => {
    const { loop, calls } = harness()
    loop.stop('SIGTERM')
    expect(calls.kills).toEqual(['SIGTERM'])
    expect(calls.stopped).toEqual(['SIGTERM'])
    expect(calls.exits).toEqual([0])
  })

  it('stops with an error when Contentlayer stops by itself', () => {
    const { calls, exitContentlayer } = harness()
    exitContentlayer(3, null)
    expect(calls.printed).toContain('✗ contentlayer2 dev stopped (exit 3)')
    expect(calls.exits).toEqual([3])
    expect(calls.starts).toEqual([false])
  })
})
