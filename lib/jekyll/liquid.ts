/**
 * The Liquid that posts carry over from Jekyll, resolved before Markdown is parsed (as Jekyll does):
 * `{{ site.x }}` output tags for the site variables we know. `{% raw %}…{% endraw %}` is left verbatim.
 * `{{-` and `-}}` strip the whitespace beside the tag, newlines included, as they do in Liquid.
 */
export type SiteVariables = Readonly<Record<string, string>>

export class UnknownLiquidVariable extends Error {
  constructor(readonly variable: string, readonly line: number) {
    super(`unknown Liquid variable "${variable}" on line ${line}`)
  }
}

/** A `{% raw %}` with no `{% endraw %}` after it: Liquid refuses the page, and so do we. */
export class UnclosedLiquidRaw extends Error {
  constructor(readonly line: number) {
    super(`"{% raw %}" on line ${line} is never closed`)
  }
}

const RAW_OPEN = /\{%-?\s*raw\s*-?%\}/g
const RAW_CLOSE = /\{%-?\s*endraw\s*-?%\}/g
// `{{-` drops the whitespace before the tag and `-}}` the whitespace after it. Neither is matched by the
// pattern itself: a leading `\s*` would rescan a long run of spaces from every position in it.
const OUTPUT_TAG = /\{\{(-?)\s*site\.([A-Za-z_][\w]*)\s*(-?)\}\}/g

/** Each search starts where the last ended, so the scan stays linear however many tags a post holds. */
export function resolveSiteVariables(source: string, vars: SiteVariables): string {
  let out = ''
  let last = 0
  for (;;) {
    RAW_OPEN.lastIndex = last
    const open = RAW_OPEN.exec(source)
    if (!open) break
    RAW_CLOSE.lastIndex = open.index + open[0].length
    const close = RAW_CLOSE.exec(source)
    if (!close) throw new UnclosedLiquidRaw(source.slice(0, open.index).split('\n').length)
    out += resolveOutsideRaw(source.slice(last, open.index), vars, source, last) + source.slice(open.index + open[0].length, close.index)
    last = close.index + close[0].length
  }
  return out + resolveOutsideRaw(source.slice(last), vars, source, last)
}

function resolveOutsideRaw(chunk: string, vars: SiteVariables, whole: string, offset: number): string {
  let out = ''
  let last = 0
  let trimNext = false
  for (const m of chunk.matchAll(OUTPUT_TAG)) {
    const [tag, trimBefore, name = '', trimAfter] = m
    const value = vars[name]
    if (value === undefined) {
      const line = whole.slice(0, offset + m.index).split('\n').length
      throw new UnknownLiquidVariable(`site.${name}`, line)
    }
    const between = chunk.slice(last, m.index)
    out += (trimNext ? between.trimStart() : between)
    if (trimBefore) out = out.trimEnd()
    out += value
    trimNext = trimAfter === '-'
    last = m.index + tag.length
  }
  const rest = chunk.slice(last)
  return out + (trimNext ? rest.trimStart() : rest)
}
