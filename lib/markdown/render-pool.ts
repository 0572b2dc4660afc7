import { createHash } from 'node:crypto'
import { startProcessPool, type PoolCommand } from '../build/process-pool'

// Contentlayer renders every document's Markdown on one core, and its own work per document keeps that core
// busy too. A large build renders the Markdown in worker processes started beside Contentlayer, ahead of
// it, in the order it reads the files; Contentlayer's Markdown step then waits for a document's HTML
// instead of rendering it (lib/markdown/prerendered.ts). Both run at once: the workers fill the core
// Contentlayer leaves idle, and step back when they are far enough ahead.

/** What a worker is sent: one document, by its path inside the prepared content folder. */
export type RenderRequest = { path: string }
/** What a worker answers: the HTML and the source it rendered (by hash), or that it could not. */
export type RenderReply = { path: string; key: string; html: string } | { path: string; failed: true }

/** The key of one rendering: the document's path and its whole source, so an edited file never matches. */
export function renderKey(path: string, source: string): string {
  return createHash('sha256').update(path).update('\0').update(source).digest('hex').slice(0, 40)
}

export function isRenderReply(value: unknown): value is RenderReply {
  if (typeof value !== 'object' || value === null) return false
  const fields = new Map<string, unknown>(Object.entries(value))
  if (typeof fields.get('path') !== 'string') return false
  return fields.get('failed') === true || (typeof fields.get('key') === 'string' && typeof fields.get('html') === 'string')
}

export type MarkdownPool = {
  /** The document's HTML as a worker rendered it from this very source; undefined when it did not. */
  html(path: string, source: string): Promise<string | undefined>
  /** Resolves once every document is rendered or given up, with how many were rendered. */
  done: Promise<number>
}

/** Documents each worker holds at once: one rendering, one waiting, so it never idles between messages. */
const IN_FLIGHT = 2
/** How far the workers may run ahead of what was asked for: past it they wait and leave the core to Contentlayer. */
const AHEAD = 64

type Result = { key: string; html: string } | undefined

/**
 * Starts `processes` workers (`command` with its arguments, a Node process with an IPC channel) rendering
 * `paths` in order. A document asked for before its turn is rendered next; a worker that dies gives its
 * documents back to the caller, which renders them itself (and reports their errors).
 */
export function startMarkdownPool(paths: readonly string[], processes: number, command: PoolCommand): MarkdownPool {
  const queue = [...paths]
  const known = new Set(paths)
  const urgent: string[] = []
  const dispatched = new Set<string>()
  const results = new Map<string, Result>()
  const waiting = new Map<string, ((result: Result) => void)[]>()
  let next = 0
  let rendered = 0
  let closed = false
  let finish: (count: number) => void = () => {}
  const done = new Promise<number>((resolve) => (finish = resolve))

  const settle = (path: string, result: Result) => {
    const waiters = waiting.get(path)
    if (waiters) {
      waiting.delete(path)
      for (const wake of waiters) wake(result)
    } else results.set(path, result)
  }
  const take = (): string | undefined => {
    for (let path = urgent.shift(); path !== undefined; path = urgent.shift()) if (!dispatched.has(path)) return path
    if (results.size + workers.inFlight >= AHEAD) return undefined
    while (next < queue.length) {
      const path = queue[next++]
      if (path !== undefined && !dispatched.has(path)) return path
    }
    return undefined
  }
  const feed = () => {
    workers.feed()
    if (dispatched.size === known.size && workers.inFlight === 0) close()
    // The workers keep the process alive only while something waits for them: a caller that stops early
    // (a failed build) is not held up by renderings nobody will ask for.
    else workers.keepAlive(waiting.size > 0)
  }
  const close = () => {
    if (closed) return
    closed = true
    workers.close()
    // Whatever no worker rendered is the caller's to render.
    for (const path of [...waiting.keys()]) settle(path, undefined)
    for (const path of known) dispatched.add(path)
    finish(rendered)
  }

  const workers = startProcessPool<RenderRequest, RenderReply>({
    command,
    processes,
    perProcess: IN_FLIGHT,
    next() {
      const path = take()
      if (path === undefined) return undefined
      dispatched.add(path)
      return { path }
    },
    keyOf: (request) => request.path,
    readReply: (message) => (isRenderReply(message) ? { key: message.path, reply: message } : undefined),
    onReply(reply) {
      if ('failed' in reply) settle(reply.path, undefined)
      else {
        rendered++
        settle(reply.path, { key: reply.key, html: reply.html })
      }
      feed()
    },
    onLost(held) {
      for (const path of held) settle(path, undefined)
      if (workers.running === 0) close()
      else feed()
    },
  })
  feed()

  return {
    done,
    html(path, source) {
      const key = renderKey(path, source)
      const match = (result: Result) => (result && result.key === key ? result.html : undefined)
      if (results.has(path)) {
        const result = results.get(path)
        results.delete(path)
        feed()
        return Promise.resolve(match(result))
      }
      if (!known.has(path) || (dispatched.has(path) && !waiting.has(path) && !workers.holds(path))) {
        return Promise.resolve(undefined)
      }
      return new Promise((resolve) => {
        waiting.set(path, [...(waiting.get(path) ?? []), (result) => resolve(match(result))])
        if (!dispatched.has(path)) urgent.push(path)
        feed()
      })
    },
  }
}
