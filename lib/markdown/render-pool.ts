import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'

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

type Worker = { child: ChildProcess; busy: Set<string> }
type Result = { key: string; html: string } | undefined

/**
 * Starts `processes` workers (`command` with its arguments, a Node process with an IPC channel) rendering
 * `paths` in order. A document asked for before its turn is rendered next; a worker that dies gives its
 * documents back to the caller, which renders them itself (and reports their errors).
 */
export function startMarkdownPool(paths: readonly string[], processes: number, command: { file: string; args: string[]; env?: NodeJS.ProcessEnv }): MarkdownPool {
  const queue = [...paths]
  const known = new Set(paths)
  const urgent: string[] = []
  const dispatched = new Set<string>()
  const results = new Map<string, Result>()
  const waiting = new Map<string, ((result: Result) => void)[]>()
  const workers = new Set<Worker>()
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
  const held = () => results.size + [...workers].reduce((sum, worker) => sum + worker.busy.size, 0)
  const take = (): string | undefined => {
    for (let path = urgent.shift(); path !== undefined; path = urgent.shift()) if (!dispatched.has(path)) return path
    if (held() >= AHEAD) return undefined
    while (next < queue.length) {
      const path = queue[next++]
      if (path !== undefined && !dispatched.has(path)) return path
    }
    return undefined
  }
  // The workers keep the process alive only while something waits for them: a caller that stops early
  // (a failed build) is not held up by renderings nobody will ask for.
  const hold = () => {
    for (const { child } of workers) {
      if (waiting.size > 0) {
        child.ref()
        child.channel?.ref()
      } else {
        child.unref()
        child.channel?.unref()
      }
    }
  }
  const feed = () => {
    for (const worker of workers) {
      while (worker.busy.size < IN_FLIGHT) {
        const path = take()
        if (path === undefined) break
        dispatched.add(path)
        worker.busy.add(path)
        worker.child.send({ path } satisfies RenderRequest)
      }
    }
    if (dispatched.size === known.size && [...workers].every((worker) => worker.busy.size === 0)) close()
    else hold()
  }
  const close = () => {
    if (closed) return
    closed = true
    for (const worker of workers) worker.child.disconnect()
    workers.clear()
    // Whatever no worker rendered is the caller's to render.
    for (const path of [...waiting.keys()]) settle(path, undefined)
    for (const path of known) dispatched.add(path)
    finish(rendered)
  }

  for (let i = 0; i < processes; i++) {
    const child = spawn(command.file, command.args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: command.env ?? process.env })
    const worker: Worker = { child, busy: new Set() }
    workers.add(worker)
    child.on('message', (message: unknown) => {
      if (!isRenderReply(message) || !worker.busy.delete(message.path)) return
      if ('failed' in message) settle(message.path, undefined)
      else {
        rendered++
        settle(message.path, { key: message.key, html: message.html })
      }
      feed()
    })
    const lost = () => {
      if (!workers.delete(worker)) return
      for (const path of worker.busy) settle(path, undefined)
      worker.busy.clear()
      if (workers.size === 0) close()
      else feed()
    }
    child.on('exit', lost)
    child.on('error', lost)
  }
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
      if (!known.has(path) || (dispatched.has(path) && !waiting.has(path) && ![...workers].some((worker) => worker.busy.has(path)))) {
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
