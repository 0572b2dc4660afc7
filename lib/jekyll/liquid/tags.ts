import { readFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { Hash, Tag, TagToken, type Context, type Liquid, type Parser, type Template, type TopLevelToken } from 'liquidjs'
import { findPostByName, findPostByPath, type IndexedPost } from '../post-index'
import { normalizeUrlPath } from '../permalink'
import { PathRefused, readableInside, relativeSegments } from '../../urls/safe-path'

/** What a render knows about the post being rendered, found from its `page` object. */
export type RenderFile = {
  /** The post's path as the build names it, e.g. `posts/2016-06-20-x.md`. */
  file: string
  /** Absolute folder of the post, for `include_relative`. */
  dir: string
  /** Absolute folder `include_relative` may not leave (the posts folder). */
  root: string
}

export type TagSettings = {
  posts: () => readonly IndexedPost[]
  fileOf: (ctx: Context) => RenderFile | undefined
}

/** A tag's problem with the post's content (a post that does not exist, a file outside the posts). */
export class LiquidTagError extends Error {
  constructor(readonly tag: string, readonly problem: string, readonly fix: string) {
    super(`{% ${tag} %}: ${problem}`)
    this.name = 'LiquidTagError'
  }
}

/** Reads a block's inner templates up to `{% end<name> %}`. */
export function readBlock(name: string, token: TagToken, remain: TopLevelToken[], parser: Parser): Template[] {
  const templates: Template[] = []
  while (remain.length) {
    const next = remain.shift()
    if (next === undefined) break
    if (next instanceof TagToken && next.name === `end${name}`) return templates
    templates.push(parser.parseToken(next, remain))
  }
  throw new LiquidTagError(name, `${token.getText()} is never closed`, `add {% end${name} %} after its content`)
}

/** Renders `{{ … }}` inside a tag's arguments (Jekyll allows variables in `link` and `include_relative`). */
async function expandArgs(liquid: Liquid, args: string, ctx: Context): Promise<string> {
  if (!args.includes('{{')) return args
  return String(await liquid.parseAndRender(args, ctx))
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * `{% highlight lang [linenos] %}…{% endhighlight %}`: Jekyll renders the inner Liquid, then highlights.
 * Here it becomes `<pre><code class="language-…">`, which Markdown keeps as an HTML block (a `pre` block
 * may hold blank lines) and the build's highlighter colours like any fenced block.
 */
export function highlightTag(): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag {
  return class HighlightTag extends Tag {
    private readonly templates: Template[]
    private readonly lang: string
    private readonly lineNumbers: boolean
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      const words = token.args.trim().split(/\s+/).filter(Boolean)
      this.lang = (words[0] ?? 'text').replace(/[^\w+#.-]/g, '') || 'text'
      this.lineNumbers = words.slice(1).some((word) => word.startsWith('linenos'))
      this.templates = readBlock('highlight', token, remain, parser)
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const code = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx)).replace(/^[\r\n]+|\s+$/g, '')
      const block = `<pre><code class="language-${this.lang}">${escapeHtml(code)}</code></pre>`
      return this.lineNumbers ? numberedLines(block, code.split('\n').length) : block
    }
  }
}

/**
 * `linenos`: the numbers in a gutter beside the code, as Rouge's table gives them (so they are part of the
 * page's text as in Jekyll's, but hidden from screen readers and left out of Copy). All on one line, with
 * `&#10;` for each line end, so Markdown keeps the whole table as one HTML block whatever the code holds.
 */
export function numberedLines(block: string, lines: number): string {
  const numbers = Array.from({ length: lines }, (_, i) => String(i + 1)).join('&#10;')
  const oneLine = block.replace(/\r?\n/g, '&#10;')
  return `<table class="rouge-table" role="presentation"><tbody><tr><td class="gutter"><pre class="lineno" aria-hidden="true">${numbers}</pre></td><td class="code">${oneLine}</td></tr></tbody></table>`
}

/** `{% post_url 2010-07-21-name %}` (or `folder/2010-07-21-name`): the URL of that post; a missing post stops the build. */
export function postUrlTag(settings: TagSettings) {
  return class PostUrlTag extends Tag {
    private readonly postName: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.postName = token.args.trim()
    }
    render(): string {
      if (this.postName === '') throw new LiquidTagError('post_url', 'names no post', 'write {% post_url YYYY-MM-DD-name %}, the file name without extension')
      const post = findPostByName(settings.posts(), this.postName)
      if (!post) throw new LiquidTagError(`post_url ${this.postName}`, `there is no post "${this.postName}"`, 'name a file in content/posts/ without its extension, e.g. 2016-06-20-container-days-in-boston')
      return post.url
    }
  }
}

/**
 * `{% link path %}`: a post's URL from its source path (`_posts/2016-06-20-x.md`). Other Jekyll pages and
 * collection documents are not built here; they get the URL Jekyll's pretty style gives them, so the link
 * keeps pointing where the old site had it.
 */
export function linkTag(settings: TagSettings) {
  return class LinkTag extends Tag {
    private readonly path: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.path = token.args.trim()
    }
    async render(ctx: Context): Promise<string> {
      const path = (await expandArgs(this.liquid, this.path, ctx)).trim()
      if (path === '') throw new LiquidTagError('link', 'names no file', 'write {% link _posts/YYYY-MM-DD-name.md %}')
      if (/(^|\/)_posts\//.test(path)) {
        const post = findPostByPath(settings.posts(), path)
        if (!post) throw new LiquidTagError(`link ${path}`, `there is no post "${path}"`, 'name a post by its path, e.g. _posts/2016-06-20-container-days-in-boston.md')
        return post.url
      }
      return pageUrl(path)
    }
  }
}

/** Where Jekyll publishes a page or a collection document from its source path. */
export function pageUrl(path: string): string {
  const clean = path.replace(/^\/+/, '')
  const collection = /^_([^/]+)\/(.+)\.[^./]+$/.exec(clean)
  if (collection) return normalizeUrlPath(`/${collection[1]}/${collection[2]}/`)
  // Jekyll's pretty page URL (`/:path/:basename/`), which a permalink ending in `/` gives pages.
  return normalizeUrlPath('/' + clean.replace(/(?:\/index)?\.(md|markdown|mdown|mkd|mkdn|textile|html?)$/i, '/'))
}

/** `{% include_relative file %}`: a file beside the post (never above the posts folder), with `include.*`. */
export function includeRelativeTag(settings: TagSettings) {
  return class IncludeRelativeTag extends Tag {
    private readonly file: string
    private readonly hash: Hash
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      const { tokenizer } = token
      tokenizer.skipBlank()
      const begin = tokenizer.p
      // The file name runs to the first blank outside `{{ … }}`.
      let depth = 0
      while (tokenizer.p < tokenizer.N) {
        const rest = tokenizer.input.slice(tokenizer.p, tokenizer.p + 2)
        if (rest === '{{') depth++
        if (rest === '}}') depth--
        if (depth === 0 && /\s/.test(tokenizer.input[tokenizer.p] ?? '')) break
        tokenizer.p++
      }
      this.file = tokenizer.input.slice(begin, tokenizer.p)
      this.hash = new Hash(tokenizer, true)
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const where = settings.fileOf(ctx)
      const name = String(yield expandArgs(this.liquid, this.file, ctx)).trim()
      if (!where) throw new LiquidTagError(`include_relative ${name}`, 'is only possible in a post', 'use {% include %} with a file in content/_includes/')
      let target: string
      try {
        // Beside the post or below it, and on disk inside the content folder (the posts folder's parent):
        // a link there to another file of the blog is followed, one to the machine's files refused.
        target = readableInside(where.dir, relativeSegments(name), dirname(where.root))
      } catch (error) {
        if (!(error instanceof PathRefused)) throw error
        throw new LiquidTagError(`include_relative ${name}`, error.message.replace(/^"[^"]*" /, ''), 'keep included files beside the posts, under content/posts/, as files rather than links out')
      }
      let source: string
      try {
        source = readFileSync(target, 'utf8')
      } catch {
        throw new LiquidTagError(`include_relative ${name}`, `there is no file ${relative(dirname(where.root), target)}`, 'add the file beside the post, or remove the tag')
      }
      const params: unknown = yield this.hash.render(ctx)
      ctx.push({ include: params })
      try {
        return String(yield this.liquid.parseAndRender(source, ctx))
      } finally {
        ctx.pop()
      }
    }
  }
}
