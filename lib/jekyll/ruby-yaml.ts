import { isScalar, parseDocument, type Tags } from 'yaml'

/**
 * Front matter read as Ruby's YAML (Psych, YAML 1.1) reads it, where a YAML 1.2 parser refuses or differs:
 * duplicated keys (the last wins), a double-quoted value continued on lines starting at column 0, tabs
 * beside flow-list items, `yes`/`no` booleans (but `y`/`n` as text). Timestamps stay text, so dates are read once, the way
 * Jekyll reads them (lib/jekyll/ruby-time.ts); `plainKeys` says which top-level values were unquoted.
 */

export type RubyYaml = { data: Record<string, unknown>; plainKeys: Set<string> }

export class YamlError extends Error {
  constructor(message: string, readonly line: number | undefined) {
    super(message)
  }
}

const BOOL = 'tag:yaml.org,2002:bool'
// Psych's booleans: YAML 1.1's words, but not its one-letter `y`/`n`, which Ruby reads as text.
const psychBooleans = [true, false].map((value) => ({
  identify: (v: unknown) => v === value,
  default: true,
  tag: BOOL,
  test: value ? /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/ : /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => value,
}))

/** The YAML 1.1 tags as Psych resolves them: timestamps left as text, booleans without `y`/`n`. */
const psychTags = (tags: Tags): Tags => {
  const kept = tags.filter((tag) => (typeof tag === 'string' ? tag !== 'timestamp' && tag !== 'bool' : tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.tag !== BOOL))
  const at = tags.findIndex((tag) => typeof tag !== 'string' && tag.tag === BOOL)
  kept.splice(at === -1 ? kept.length : at, 0, ...psychBooleans)
  return kept
}

export function parseRubyYaml(text: string): RubyYaml {
  const doc = parseDocument(indentQuotedContinuations(text).replace(/\t/g, ' '), {
    version: '1.1',
    uniqueKeys: false,
    customTags: psychTags,
    prettyErrors: false,
  })
  const error = doc.errors[0]
  if (error) throw new YamlError(error.message.split('\n')[0] ?? error.message, error.linePos?.[0].line)
  const value: unknown = doc.toJS({ maxAliasCount: 1000 })
  if (value === null || value === undefined) return { data: {}, plainKeys: new Set() }
  if (typeof value !== 'object' || Array.isArray(value)) throw new YamlError('front matter is not a mapping of keys to values', 1)
  const plainKeys = new Set<string>()
  const contents = doc.contents
  if (contents && 'items' in contents) {
    for (const pair of contents.items) {
      if (typeof pair !== 'object' || pair === null || !('key' in pair) || !('value' in pair)) continue
      if (isScalar(pair.key) && isScalar(pair.value) && pair.value.type === 'PLAIN') plainKeys.add(String(pair.key.value))
    }
  }
  return { data: { ...value }, plainKeys }
}

/**
 * Psych accepts a double-quoted scalar whose continuation lines start at column 0; YAML 1.2 wants them
 * indented. Indenting them by one space changes nothing in the value (line folding trims it).
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n')
  let open = false
  return lines
    .map((line) => {
      const shown = open && line.length > 0 && !/^\s/.test(line) ? ` ${line}` : line
      open = open ? !closesQuote(line, 0) : opensQuote(line)
      return shown
    })
    .join('\n')
}

/** True when `line` is `key: "…` with the quote left open at the end of the line. */
function opensQuote(line: string): boolean {
  const m = /^(\s*(?:-\s+)?[^\s#"'][^:#]*:\s+|\s*-\s+)"/.exec(line)
  if (!m) return false
  return !closesQuote(line, m[0].length)
}

/** True when an unescaped `"` occurs in `line` from `start` on. */
function closesQuote(line: string, start: number): boolean {
  for (let i = start; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '"') return true
  }
  return false
}
