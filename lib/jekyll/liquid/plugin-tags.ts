import { Tag, TagToken, type Context, type Liquid, type Parser, type Template, type TopLevelToken } from 'liquidjs'
import { firstUrl } from './scan'
import { readBlock } from './tags'

/**
 * Tags of widely used public Jekyll plugins, rendered as those plugins render them, and the notice a tag
 * of a site's own plugin becomes. Embeds use only these origins, which the sanitiser and the CSP allow
 * through `site.embedOrigins`.
 */
export const EMBED_ORIGINS = {
  gist: 'https://gist.github.com',
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Splits tag arguments on blanks, keeping quoted words whole and unquoted. */
export function splitArgs(args: string): string[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

type TagClass = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag

/** `{% gist [user/]id [file] %}` as jekyll-gist writes it: the gist's script, and a link for readers without scripts. */
export function gistHtml(args: string): string {
  const [id = '', file] = splitArgs(args)
  if (!/^[\w-]+(\/[\w-]+)?$/.test(id)) return noticeHtml('gist', args)
  const query = file ? `?file=${encodeURIComponent(file)}` : ''
  const page = `${EMBED_ORIGINS.gist}/${id}`
  return `<script src="${page}.js${query}"> </script><noscript><a href="${page}">View the gist ${escapeHtml(id)}${file ? ` (${escapeHtml(file)})` : ''} on GitHub</a></noscript>`
}

/** A YouTube video id from `{% youtube id %}` or a watch, short or embed URL. */
export function youtubeId(args: string): string | undefined {
  const [first = ''] = splitArgs(args)
  const m = /(?:youtu\.be\/|[?&]v=|\/embed\/|\/shorts\/)([\w-]{6,})/.exec(first) ?? /^([\w-]{6,})$/.exec(first)
  return m?.[1]
}

export function vimeoId(args: string): string | undefined {
  const [first = ''] = splitArgs(args)
  return (/vimeo\.com\/(?:video\/)?(\d+)/.exec(first) ?? /^(\d+)$/.exec(first))?.[1]
}

export function youtubeHtml(args: string): string {
  const id = youtubeId(args)
  if (id === undefined) return noticeHtml('youtube', args)
  return videoFrame(`${EMBED_ORIGINS.youtube}/embed/${id}`, 'YouTube video')
}

export function vimeoHtml(args: string): string {
  const id = vimeoId(args)
  if (id === undefined) return noticeHtml('vimeo', args)
  return videoFrame(`${EMBED_ORIGINS.vimeo}/video/${id}`, 'Vimeo video')
}

// One line, so Markdown keeps it as one HTML block.
function videoFrame(src: string, title: string): string {
  return `<div class="video-embed"><iframe src="${src}" title="${title}" width="560" height="315" loading="lazy" allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe></div>`
}

/**
 * What a tag nobody can run here renders as: a small visible note naming it, keeping any URL it was given
 * as a link, so the reader knows something was there and can still follow it.
 */
export function noticeHtml(name: string, args: string): string {
  const url = firstUrl(args)
  const link = url === undefined ? '' : ` <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
  return `<span class="legacy-embed" role="note">Embedded content from the old site: <code>${escapeHtml(name)}</code>${link}</span>`
}

/** An inline tag whose HTML depends only on its arguments. */
export function argumentsTag(render: (args: string) => string): TagClass {
  return class ArgumentsTag extends Tag {
    private readonly args: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.args = token.args
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const args = this.args.includes('{{') ? String(yield this.liquid.parseAndRender(this.args, ctx)) : this.args
      return render(args.trim())
    }
  }
}

/** The notice for a tag of the site's own plugin; a block (`{% x %}…{% endx %}`) drops its content with it. */
export function noticeTag(name: string, block: boolean): TagClass {
  return class NoticeTag extends Tag {
    private readonly args: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      this.args = token.args
      if (block) readBlock(name, token, remain, parser)
    }
    render(): string {
      return noticeHtml(name, this.args)
    }
  }
}

/**
 * `{% figure [caption:"…"] [class:"…"] %}Markdown{% endfigure %}` as jekyll-figure renders it: the
 * content as Markdown in a `<figure>`, the caption (Markdown too) in a `<figcaption>`.
 */
export function figureTag(markdownify: (markdown: string) => Promise<string>): TagClass {
  return class FigureTag extends Tag {
    private readonly templates: Template[]
    private readonly params: Record<string, string>
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      this.params = Object.fromEntries([...token.args.matchAll(/(\w+)\s*:\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? m[4] ?? '']))
      this.templates = readBlock('figure', token, remain, parser)
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const inner = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx)).trim()
      const body = String(yield markdownify(inner)).trim()
      const captionSource = this.params.caption === undefined ? '' : String(yield this.liquid.parseAndRender(this.params.caption, ctx))
      const caption = captionSource === '' ? '' : String(yield markdownify(captionSource)).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1')
      const cls = this.params.class === undefined ? '' : ` class="${escapeHtml(this.params.class)}"`
      // No blank lines inside, so the whole figure stays one HTML block for the Markdown that follows.
      const html = `<figure${cls}>${body}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>`
      return html.replace(/\n\s*\n/g, '\n')
    }
  }
}

/**
 * A tag the site maps to a Liquid template of its own (`site.liquidTags`): the template sees `args` (the
 * tag's text), `argv` (its words) and, for a block, `content` (its rendered inside).
 */
export function templateTag(name: string, template: string, block: boolean): TagClass {
  return class TemplateTag extends Tag {
    private readonly args: string
    private readonly templates: Template[]
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      this.args = token.args.trim()
      this.templates = block ? readBlock(name, token, remain, parser) : []
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const content = block ? String(yield this.liquid.renderer.renderTemplates(this.templates, ctx)) : ''
      ctx.push({ args: this.args, argv: splitArgs(this.args), content })
      try {
        return String(yield this.liquid.parseAndRender(template, ctx))
      } finally {
        ctx.pop()
      }
    }
  }
}

/** A tag class that is a block when its `{% end<name> %}` follows, else an inline tag. */
export function closedByEnd(name: string, make: (block: boolean) => new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag) {
  const inline = make(false)
  const block = make(true)
  return class extends Tag {
    private readonly inner: Tag
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      const closed = remain.some((next) => next instanceof TagToken && next.name === `end${name}`)
      this.inner = closed ? new block(token, remain, liquid, parser) : new inline(token, remain, liquid, parser)
    }
    render(ctx: Context, emitter: Parameters<Tag['render']>[1]): ReturnType<Tag['render']> {
      return this.inner.render(ctx, emitter)
    }
  }
}
