import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { ContentError } from '../content-error'
import { resolveSiteVariables, UnclosedLiquidRaw, UnknownLiquidVariable, type SiteVariables } from '../jekyll/liquid'

/** Resolves Jekyll site variables in the source before Markdown parsing, as Jekyll renders Liquid first. */
export function remarkLiquid(this: Processor, options: { variables: SiteVariables }) {
  const parse = this.parser
  if (!parse) throw new Error('remarkLiquid must be used after remark-parse')
  // Contentlayer tells the file its name in a transformer, after parsing: an unknown variable found while
  // parsing is kept here and reported from our own transformer, which runs after Contentlayer's.
  const unknown = new WeakMap<VFile, UnknownLiquidVariable | UnclosedLiquidRaw>()
  this.parser = (document, file) => {
    try {
      return parse(resolveSiteVariables(document, options.variables), file)
    } catch (error) {
      if (!(error instanceof UnknownLiquidVariable || error instanceof UnclosedLiquidRaw)) throw error
      unknown.set(file, error)
      return parse(document, file)
    }
  }
  return (_tree: Root, file: VFile) => {
    const error = unknown.get(file)
    if (error === undefined) return
    if (error instanceof UnclosedLiquidRaw) throw new ContentError(sourceName(file), 'body', error.message, 'close it with {% endraw %}')
    const known = Object.keys(options.variables).map((name) => `site.${name}`).join(', ')
    throw new ContentError(sourceName(file), 'body', error.message, `use one of ${known}, or wrap literal Liquid in {% raw %}…{% endraw %}`)
  }
}

/** The post's path as Contentlayer names it, else the file's own. */
export function sourceName(file: VFile): string {
  const raw: unknown = file.data.rawDocumentData
  if (typeof raw === 'object' && raw !== null && 'sourceFilePath' in raw && typeof raw.sourceFilePath === 'string') {
    return raw.sourceFilePath
  }
  return file.path ?? '(markdown)'
}
