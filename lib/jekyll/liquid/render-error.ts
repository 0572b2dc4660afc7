import { LiquidError } from 'liquidjs'
import { PathRefused } from '../../urls/safe-path'
import { LiquidLimitError, liquidjsLimit } from './budget'
import { LiquidTagError } from './tags'

/** A problem in a post's Liquid, with the line it is on. */
export class LiquidRenderError extends Error {
  constructor(readonly problem: string, readonly fix: string, readonly line: number | undefined) {
    super(line === undefined ? problem : `${problem} (line ${line})`)
    this.name = 'LiquidRenderError'
  }
}

/** Any error out of liquidjs, as the post's problem and its fix, at the line liquidjs names. */
export function explainLiquidError(error: unknown): Error {
  let line: number | undefined
  let inner: unknown = error
  while (inner instanceof LiquidError) {
    const at = /line:(\d+)/.exec(inner.message)
    if (at?.[1] && line === undefined) line = Number(at[1])
    if (inner.originalError === undefined || inner.originalError === inner) break
    inner = inner.originalError
  }
  if (inner instanceof LiquidTagError) return new LiquidRenderError(inner.message, inner.fix, line)
  if (inner instanceof PathRefused) return new LiquidRenderError(`{% include %}: ${inner.message}`, inner.fix, line)
  const message = inner instanceof Error ? inner.message : String(inner)
  const limit = inner instanceof LiquidLimitError ? inner : liquidjsLimit(message)
  if (limit) return new LiquidRenderError(limit.message, limit.fix, line)
  if (/Failed to lookup|ENOENT/.test(message)) {
    const name = /lookup "([^"]+)"/.exec(message)?.[1] ?? 'a file'
    return new LiquidRenderError(`{% include %}: there is no ${name} in content/_includes/`, 'copy the include from the Jekyll site\'s _includes/ folder into content/_includes/', line)
  }
  return new LiquidRenderError(`Liquid: ${message.replace(/, file:.*$/, '')}`, 'fix the Liquid syntax, or wrap literal Liquid in {% raw %}…{% endraw %}', line)
}
