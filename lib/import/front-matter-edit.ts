import { splitFrontMatter } from '../jekyll/front-matter'
import { parseRubyYaml } from '../jekyll/ruby-yaml'

/**
 * Line-level edits of a post's front matter, so that everything the import does not change keeps its bytes
 * (comments, quoting, key order). A value is written as JSON, which every YAML reader reads the same way.
 */
export type FrontMatterEdits = Record<string, unknown>

const OPEN = /^\uFEFF?---[ \t]*\r?\n/
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/

/** `edits`: key → new value (`undefined` removes the key). A file without front matter gets a block. */
export function editFrontMatter(text: string, edits: FrontMatterEdits): string {
  const open = OPEN.exec(text)
  const lines = (open ? text.slice(open[0].length) : '').split('\n')
  const end = open ? lines.findIndex((line) => CLOSE.test(line)) : -1
  if (!open || end === -1) {
    const block = Object.entries(edits).flatMap(([key, value]) => (value === undefined ? [] : [line(key, value)]))
    return `---\n${block.join('\n')}${block.length > 0 ? '\n' : ''}---\n${text}`
  }
  const eol = lines[end]?.endsWith('\r') ? '\r' : ''
  const yaml = lines.slice(0, end)
  const flow = asBlock(yaml, edits, eol)
  if (flow !== undefined) return `${open[0]}${[...flow, ...lines.slice(end)].join('\n')}`
  for (const [key, value] of Object.entries(edits)) {
    const at = yaml.findIndex((l) => keyOf(l) === key)
    if (at === -1) {
      if (value !== undefined) yaml.push(line(key, value) + eol)
      continue
    }
    // A value may go on over the lines below its key: indented lines, or a block list at column 0.
    let next = at + 1
    while (next < yaml.length && /^(?:[ \t]|-(?:[ \t]|$))/.test(yaml[next] ?? '')) next++
    yaml.splice(at, next - at, ...(value === undefined ? [] : [line(key, value) + eol]))
  }
  return `${open[0]}${[...yaml, ...lines.slice(end)].join('\n')}`
}

/**
 * Front matter written as one flow mapping (`{ title: x, published: no }`) has no line per key to edit: a
 * line added below it would not be YAML. It is written again as a block mapping of the values as Ruby reads
 * them (`no` is false there), plain scalars kept as written. Undefined when the front matter is a block.
 */
function asBlock(yaml: readonly string[], edits: FrontMatterEdits, eol: string): string[] | undefined {
  const first = yaml.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
  if (first === undefined || !first.trimStart().startsWith('{')) return undefined
  let read
  try {
    read = parseRubyYaml(yaml.join('\n'))
  } catch {
    return undefined
  }
  const values = new Map(Object.entries(read.data))
  for (const [key, value] of Object.entries(edits)) {
    if (value === undefined) values.delete(key)
    else values.set(key, value)
  }
  return [...values].map(([key, value]) => {
    const plain = read.plainKeys.has(key) && typeof value === 'string' && !(key in edits)
    return `${JSON.stringify(key)}: ${plain ? value : JSON.stringify(value)}${eol}`
  })
}

/** The top-level key a line starts, or undefined. */
function keyOf(text: string): string | undefined {
  const m = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"{[\-?:][^:]*?))[ \t]*:(?:[ \t]|\r?$)/.exec(text)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

function line(key: string, value: unknown): string {
  return `${key}: ${JSON.stringify(value)}`
}

/** The post's front matter as Ruby reads it, or nothing when it has none or Ruby would refuse it. */
export function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const split = splitFrontMatter(text)
  if (!split) return undefined
  try {
    return parseRubyYaml(split.yaml).data
  } catch {
    return undefined
  }
}
