import { sourceOfPrepared } from '../content/prepared-name'

// Rendering a document may warn (HTML the sanitiser removed, Liquid it read laxly, a missing include), on stderr,
// naming the document. A warm build takes the HTML from the cache and must still say the same: the warnings are
// kept with the HTML and said again. Each warning line names its document, so the lines are told apart even when
// documents render at once in one process.

/** Lines written to stderr, by the document name they mention, while that document renders. */
const listening = new Map<string, string[][]>()
let installed = false

function listen(): void {
  if (installed) return
  installed = true
  const write = process.stderr.write.bind(process.stderr)
  const tee = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : ''
    for (const [name, sinks] of listening) if (text.includes(name)) for (const sink of sinks) sink.push(text)
    return Reflect.apply(write, process.stderr, [chunk, ...rest])
  }
  process.stderr.write = tee
}

/** What `render` gives for the document at `path`, and what was written to stderr naming the document meanwhile. */
export async function withWarnings(path: string, render: () => Promise<string>): Promise<{ html: string; warnings: string[] }> {
  listen()
  const name = sourceOfPrepared(path)
  const sink: string[] = []
  listening.set(name, [...(listening.get(name) ?? []), sink])
  try {
    return { html: await render(), warnings: sink }
  } finally {
    const left = (listening.get(name) ?? []).filter((other) => other !== sink)
    if (left.length > 0) listening.set(name, left)
    else listening.delete(name)
  }
}

/** Says a kept document's warnings again, as its rendering said them. */
export function repeatWarnings(warnings: readonly string[]): void {
  for (const line of warnings) process.stderr.write(line)
}
