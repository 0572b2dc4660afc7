import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Liquid, type Context, type Liquid as LiquidEngine } from 'liquidjs'
import type { IndexedPost } from '../post-index'
import { listContentFiles } from '../../content/files'
import { isFile } from '../../files/kind.mjs'
import { applyLiquidBudget, LIQUIDJS_LIMIT_OPTIONS } from './budget'
import { registerJekyllFilters } from './filters'
import { includeFiles, missingIncludes, type IncludeUse } from './include-files'
import { HEAD_ONLY, unrenderableTags } from './known-tags'
import { argumentsTag, closedByEnd, figureTag, gistHtml, noticeTag, templateTag, vimeoHtml, youtubeHtml } from './plugin-tags'
import { explainLiquidError } from './render-error'
import { laxOutputs, type UnknownTag } from './scan'
import { highlightTag, includeRelativeTag, linkTag, postUrlTag, type RenderFile } from './tags'

export type JekyllLiquidOptions = {
  /** The site's `_includes` folder (`content/_includes`). */
  includesDir: string
  /** `site.*` as posts see it: title, description, url, baseurl (''), data, and the rest of the config. */
  site: () => Record<string, unknown>
  /** Every post, for `{% post_url %}`, `{% link %}` and `site.posts`. */
  posts: () => readonly IndexedPost[]
  /** Tags the site maps to a Liquid template of its own. */
  liquidTags: Readonly<Record<string, string>>
  /** IANA zone in which the `date` filters print. */
  timeZone: string
  markdownify: (markdown: string) => Promise<string>
  smartify: (text: string) => string
}

export type LiquidResult = {
  output: string
  /** Tags no one can render here, each rendered as a notice. */
  unknown: UnknownTag[]
  /** Outputs liquidjs cannot parse, read as Ruby Liquid's lax parser reads them (Jekyll warns about them too). */
  lax: { output: string; line: number }[]
  /** Includes the site's `_includes` lacks, each rendered as a notice. */
  missingIncludes: IncludeUse[]
}

/**
 * Liquid as Jekyll runs it on a post before Markdown: liquidjs in its Jekyll modes (`include` with
 * `include.*` parameters, `where` matching inside arrays), Jekyll's own tags and filters, the tags of
 * common public plugins, the site's tag templates, and a visible notice for any tag of a plugin no one
 * can run here (listed by `unknownTags`).
 */
export class JekyllLiquid {
  private readonly liquid: LiquidEngine
  private readonly files = new WeakMap<object, RenderFile>()
  private includesScanned = false

  constructor(private readonly options: JekyllLiquidOptions) {
    this.liquid = new Liquid({
      root: [options.includesDir],
      partials: [options.includesDir],
      jekyllInclude: true,
      jekyllWhere: true,
      dynamicPartials: false,
      relativeReference: false,
      extname: '',
      strictFilters: false,
      strictVariables: false,
      timezoneOffset: options.timeZone,
      greedy: true,
      fs: includeFiles(dirname(options.includesDir)),
      ...LIQUIDJS_LIMIT_OPTIONS,
    })
    const tagSettings = { posts: options.posts, fileOf: (ctx: Context) => this.fileOf(ctx) }
    registerJekyllFilters(this.liquid, {
      url: String(options.site().url ?? ''),
      baseurl: String(options.site().baseurl ?? ''),
      markdownify: options.markdownify,
      smartify: options.smartify,
    })
    applyLiquidBudget(this.liquid)
    this.liquid.registerTag('highlight', highlightTag())
    this.liquid.registerTag('post_url', postUrlTag(tagSettings))
    this.liquid.registerTag('link', linkTag(tagSettings))
    this.liquid.registerTag('include_relative', includeRelativeTag(tagSettings))
    const include = this.liquid.tags.include
    if (include) this.liquid.registerTag('include_cached', include)
    this.liquid.registerTag('gist', argumentsTag(gistHtml))
    this.liquid.registerTag('youtube', argumentsTag(youtubeHtml))
    this.liquid.registerTag('vimeo', argumentsTag(vimeoHtml))
    this.liquid.registerTag('figure', figureTag(options.markdownify))
    for (const name of HEAD_ONLY) this.liquid.registerTag(name, argumentsTag(() => ''))
    for (const [name, template] of Object.entries(options.liquidTags)) this.liquid.registerTag(name, closedByEnd(name, (block) => templateTag(name, template, block)))
  }

  /** The tags in a source that no one can render here (a site's own plugins), by line. Pure over the source. */
  unknownTags(source: string): UnknownTag[] {
    return unrenderableTags(source, this.options.liquidTags)
  }

  async render(source: string, page: Record<string, unknown>, file: RenderFile): Promise<LiquidResult> {
    this.scanIncludes()
    const unknown = this.unknownTags(source)
    for (const tag of unknown) this.registerNotice(tag.name)
    this.files.set(page, file)
    const lax = laxOutputs(source, (output) => this.parses(output))
    try {
      const output = String(await this.liquid.parseAndRender(lax.source, { site: this.options.site(), page }))
      return { output, unknown, lax: lax.fixed, missingIncludes: missingIncludes(source, (name) => isFile(join(this.options.includesDir, name))) }
    } catch (error) {
      throw explainLiquidError(error)
    }
  }

  private parses(output: string): boolean {
    try {
      this.liquid.parse(output)
      return true
    } catch {
      return false
    }
  }

  private fileOf(ctx: Context): RenderFile | undefined {
    const page = ctx.getSync(['page'])
    return typeof page === 'object' && page !== null ? this.files.get(page) : undefined
  }

  private registerNotice(name: string): void {
    if (!(name in this.liquid.tags)) this.liquid.registerTag(name, closedByEnd(name, (block) => noticeTag(name, block)))
  }

  // Includes are parsed when first rendered; a plugin tag inside one gets its notice before that happens.
  private scanIncludes(): void {
    if (this.includesScanned) return
    // Listed as every reader of content lists: a link out of the content folder is refused by name (and
    // refused again for the next post, until it is gone).
    const { includesDir } = this.options
    for (const file of listContentFiles(includesDir, { boundary: dirname(includesDir), shownAs: '_includes' })) {
      for (const tag of this.unknownTags(readFileSync(file.full, 'utf8'))) this.registerNotice(tag.name)
    }
    this.includesScanned = true
  }
}
