/**
 * A light lexer over Liquid source that finds every `{% tag … %}` outside `{% raw %}` and `{% comment %}`,
 * with its line. It runs before the real engine so that a tag no one can render (a site's own Ruby plugin)
 * is known, and listed, before parsing would fail on it.
 */
export type LiquidTagUse = {
  name: string
  /** The text after the tag name, trimmed. */
  args: string
  /** 1-based line of the `{%`. */
  line: number
}

const TAG = /\{%-?\s*([A-Za-z_][\w-]*)([\s\S]*?)-?%\}/g
const OPAQUE: Record<string, string> = { raw: 'endraw', comment: 'endcomment' }

export function scanLiquidTags(source: string): LiquidTagUse[] {
  const uses: LiquidTagUse[] = []
  let closing: string | undefined
  for (const m of source.matchAll(TAG)) {
    const name = m[1] ?? ''
    if (closing !== undefined) {
      if (name === closing) closing = undefined
      continue
    }
    uses.push({ name, args: (m[2] ?? '').trim(), line: lineAt(source, m.index) })
    closing = OPAQUE[name]
  }
  return uses
}

export type UnknownTag = LiquidTagUse & {
  /** Closed by `{% end<name> %}` somewhere in the same source: a block tag. */
  block: boolean
}

/**
 * The tags in `source` that are none of `known` (nor their `end…` closers): tags of plugins nobody can run
 * here. Pure, so the import report can list them by line without building.
 */
export function unknownLiquidTags(source: string, known: ReadonlySet<string>): UnknownTag[] {
  const uses = scanLiquidTags(source)
  const names = new Set(uses.map((use) => use.name))
  const isCloser = (name: string) => name.startsWith('end') && names.has(name.slice(3)) && !known.has(name.slice(3))
  const isKnownCloser = (name: string) => name.startsWith('end') && known.has(name.slice(3))
  return uses
    .filter((use) => !known.has(use.name) && !isCloser(use.name) && !isKnownCloser(use.name))
    .map((use) => ({ ...use, block: names.has(`end${use.name}`) }))
}

/** The first http(s) URL in a tag's arguments, quotes removed. */
export function firstUrl(args: string): string | undefined {
  return /https?:\/\/[^\s"'<>]+/.exec(args)?.[0]
}

function lineAt(source: string, index: number): number {
  let line = 1
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++
  return line
}

const OUTPUT = /\{\{(-?)([\s\S]*?)(-?)\}\}/g
const OPAQUE_BLOCK = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g

/**
 * Rewrites each `{{ … }}` outside raw and comment blocks that `isValid` rejects, as Ruby Liquid's lax
 * parser reads it (Jekyll's default): the leading variable or literal alone, filters dropped, or nothing.
 * Returns the new source and the rewritten outputs with their lines, for a warning.
 */
export function laxOutputs(source: string, isValid: (output: string) => boolean): { source: string; fixed: { output: string; line: number }[] } {
  const fixed: { output: string; line: number }[] = []
  const opaque = [...source.matchAll(OPAQUE_BLOCK)].map((m) => [m.index, m.index + m[0].length] as const)
  const out = source.replace(OUTPUT, (whole: string, left: string, inner: string, right: string, at: number) => {
    if (opaque.some(([from, to]) => at >= from && at < to) || isValid(whole)) return whole
    fixed.push({ output: whole, line: lineAt(source, at) })
    const lead = /^\s*((?:[A-Za-z_][\w-]*|\d+(?:\.\d+)?|"[^"]*"|'[^']*')(?:\.[A-Za-z_][\w-]*|\[[^\]]*\])*)/.exec(inner)?.[1]
    return lead === undefined ? '' : `{{${left} ${lead} ${right}}}`
  })
  return { source: out, fixed }
}
