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

const RAW_BLOCK = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g
// The whitespace before a tag is captured so that `{{-` can drop it; after a tag, only `-}}` consumes it.
const OUTPUT_TAG = /(\s*)\{\{(-?)\s*site\.([A-Za-z_][\w]*)\s*(?:-\}\}\s*|\}\})/g

export function resolveSiteVariables(source: string, vars: SiteVariables): string {
  let out = ''
  let last = 0
  for (const m of source.matchAll(RAW_BLOCK)) {
    out += resolveOutsideRaw(source.slice(last, m.index), vars, source, last) + (m[1] ?? '')
    last = m.index + m[0].length
  }
  return out + resolveOutsideRaw(source.slice(last), vars, source, last)
}

function resolveOutsideRaw(chunk: string, vars: SiteVariables, whole: string, offset: number): string {
  return chunk.replace(OUTPUT_TAG, (_tag, before: string, trimBefore: string, name: string, at: number) => {
    const value = vars[name]
    if (value === undefined) {
      const line = whole.slice(0, offset + at + before.length).split('\n').length
      throw new UnknownLiquidVariable(`site.${name}`, line)
    }
    return (trimBefore ? '' : before) + value
  })
}
