import { isScalar, parseDocument, type Tags } from 'yaml'

/**
 * Front matter read as Ruby's YAML (Psych, YAML 1.1) reads it, where a YAML 1.2 parser refuses or differs:
 * duplicated keys (the last wins), a double-quoted value continued on lines starting at column 0, tabs
 * beside flow-list items, `yes`/`no` booleans (but `y`/`n` as text). Timestamps stay text, so dates are read once, the way
 * Jekyll reads them (lib/jekyll/date.ts); `plainKeys` says which top-level values were unquoted.
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

/** Any YAML document as Psych reads it (a `_data` file may be a list or a scalar): the one YAML reader. */
export function readRubyYaml(text: string): unknown {
  return rubyDocument(text).toJS({ maxAliasCount: 1000 })
}

function rubyDocument(text: string) {
  const doc = parseDocument(indentQuotedContinuations(text).replace(/\t/g, ' '), {
    version: '1.1',
    uniqueKeys: false,
    customTags: psychTags,
    prettyErrors: false,
  })
  const error = doc.errors[0]
  if (error) throw new YamlError(error.message.split('\n')[0] ?? error.message, error.linePos?.[0].line)
  return doc
}

export function parseRubyYaml(text: string): RubyYaml {
  const doc = rubyDocument(text)
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
 * Psych accepts a double-quoted scalar whose continuation lines are indented less than its key (column 0
 * included); YAML 1.2 wants them indented past the key. Indenting them one past the key changes nothing in
 * the value (line folding trims leading spaces).
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n')
  let open = false
  let need = 0
  return lines
    .map((line) => {
      const lead = /^[ ]*/.exec(line)?.[0].length ?? 0
      const shown = open && line.trim().length > 0 && lead < need ? `${' '.repeat(need)}${line.slice(lead)}` : line
      if (open) open = !closesQuote(line, 0)
      else if (opensQuote(line)) {
        open = true
        // Past the key, which sits after any `- ` of the list items the line opens.
        need = (/^[ ]*(?:-[ ]+)*/.exec(line)?.[0].length ?? lead) + 1
      }
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
