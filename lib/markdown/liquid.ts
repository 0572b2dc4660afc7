import { join } from 'node:path'
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { ContentError } from '../content/error'
import { postResolver } from '../content/post-computed'
import { sourceOfPrepared } from '../content/prepared-name'
import { JekyllLiquid } from '../jekyll/liquid/engine'
import { LiquidRenderError } from '../jekyll/liquid/render-error'
import { parsePostFileName } from '../jekyll/filename'
import { indexPosts, isPublished, postsStamp, preparedSource, readFrontMatter, type IndexedPost } from '../jekyll/post-index'
import { loadSiteData } from '../jekyll/site-data'

export type LiquidSettings = {
  /** `site.*` for posts: title, description, url, baseurl ('' — the base path is added when pages render) and more. */
  site: Readonly<Record<string, unknown>>
  /** The content folder: `posts/`, `_includes/` and `_data/` live there. Absent: no includes, data or other posts. */
  contentDir?: string | undefined
  /** Where the posts Contentlayer reads are (the prepare step's copies); `contentDir/posts` when absent. */
  postsDir?: string | undefined
  timeZone: string
  /** `site.posts` lists drafts, unpublished and future posts too (a preview that shows drafts); else only what Jekyll publishes. */
  showDrafts?: boolean | undefined
  liquidTags: Readonly<Record<string, string>>
  markdownify: (markdown: string) => Promise<string>
  smartify: (text: string) => string
  /** Rewrites the rendered Markdown before it is parsed (kramdown's HTML block rules). */
  prepare?: (markdown: string) => string
}

type Engine = { liquid: JekyllLiquid; contentDir: string | undefined }
const engines = new Map<string, Engine>()

/** One engine per site setup for the whole build; the posts index is rebuilt only when a post file changes. */
function engineFor(settings: LiquidSettings): Engine {
  const key = JSON.stringify([settings.site, settings.contentDir, settings.postsDir, settings.timeZone, settings.liquidTags, settings.showDrafts === true])
  const cached = engines.get(key)
  if (cached) return cached
  const { contentDir } = settings
  const postsDir = settings.postsDir ?? (contentDir === undefined ? undefined : join(contentDir, 'posts'))
  let index: { stamp: string; posts: IndexedPost[] } | undefined
  const posts = (): IndexedPost[] => {
    if (postsDir === undefined || contentDir === undefined) return []
    const stamp = postsStamp(postsDir)
    if (index?.stamp !== stamp) index = { stamp, posts: indexPosts(postsDir, contentDir, postResolver) }
    return index.posts
  }
  let data: Record<string, unknown> | undefined
  const site = (): Record<string, unknown> => {
    data ??= contentDir === undefined ? {} : loadSiteData(join(contentDir, '_data'))
    const value: Record<string, unknown> = { ...settings.site, data, time: new Date() }
    // Read only by posts that ask for it: the index reads every post's front matter.
    // A production build lists only what it publishes: a draft's title and URL must not reach a public page.
    Object.defineProperty(value, 'posts', { enumerable: true, get: () => posts().filter((post) => settings.showDrafts === true || isPublished(post)).map(liquidPost) })
    return value
  }
  const liquid = new JekyllLiquid({
    includesDir: contentDir === undefined ? join('/nonexistent', '_includes') : join(contentDir, '_includes'),
    site,
    posts,
    liquidTags: settings.liquidTags,
    timeZone: settings.timeZone,
    markdownify: settings.markdownify,
    smartify: settings.smartify,
  })
  const engine = { liquid, contentDir }
  engines.set(key, engine)
  return engine
}

/** A post as Liquid's `site.posts` lists it. */
function liquidPost(post: IndexedPost): Record<string, unknown> {
  return { ...post.frontMatter, title: post.title, url: post.url, date: post.date, path: `_posts/${post.path}`, slug: parsePostFileName(post.path.split('/').pop() ?? '')?.slug }
}

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Renders the post's Liquid before Markdown is parsed, as Jekyll does. Contentlayer names the file only in a
 * transformer, after parsing, and Liquid may read files: so the parser keeps the source, and our first
 * transformer renders it and parses the result with the same parser (every Markdown extension included).
 */
export function remarkLiquid(this: Processor, settings: LiquidSettings) {
  const parse = this.parser
  if (!parse) throw new Error('remarkLiquid must be used after remark-parse')
  const sources = new WeakMap<VFile, string>()
  this.parser = (document, file) => {
    sources.set(file, document)
    return { type: 'root', children: [] }
  }
  return async (_tree: Root, file: VFile): Promise<Root> => {
    const source = sources.get(file) ?? String(file.value)
    const name = sourceName(file)
    const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? ''
    const body = source.slice(frontMatter.length)
    const data = readFrontMatter(source)
    // Jekyll's `render_with_liquid: false`: the post's braces are its text (posts about templates).
    if (data.render_with_liquid === false) {
      const tree = parse(frontMatter + (settings.prepare ? settings.prepare(body) : body), file)
      if (!isRoot(tree)) throw new Error('the Markdown parser did not return a root')
      return tree
    }
    const { liquid, contentDir } = engineFor(settings)
    const page = pageVariables(name, data)
    const lineOffset = frontMatter.split('\n').length - 1
    const postDir = contentDir === undefined ? '/nonexistent' : join(contentDir, name, '..')
    const where = { file: name, dir: postDir, root: contentDir === undefined ? '/nonexistent' : join(contentDir, 'posts') }
    let rendered: string
    try {
      const result = await liquid.render(body, page, where)
      rendered = result.output
      for (const { output, line } of result.lax) {
        console.warn(`warn ${shownName(file)}:${line + lineOffset}: ${output} is not valid Liquid; rendered as Jekyll's lax parser reads it`)
      }
      for (const include of result.missingIncludes) {
        console.warn(`warn ${shownName(file)}:${include.line + lineOffset}: {% include ${include.name} %} is not in content/_includes/ (a theme's include?); the page shows a notice in its place`)
      }
      for (const tag of result.unknown) {
        console.warn(`warn ${shownName(file)}:${tag.line + lineOffset}: {% ${tag.name} %} is a tag of a Jekyll plugin Pressroom cannot run; the page shows a notice in its place`)
      }
    } catch (error) {
      if (!(error instanceof LiquidRenderError)) throw error
      const at = error.line === undefined ? '' : ` (line ${error.line + lineOffset})`
      throw new ContentError(shownName(file), 'body', `${error.problem}${at}`, error.fix)
    }
    const tree = parse(frontMatter + (settings.prepare ? settings.prepare(rendered) : rendered), file)
    if (!isRoot(tree)) throw new Error('the Markdown parser did not return a root')
    return tree
  }
}

function isRoot(node: { type: string }): node is Root {
  return node.type === 'root' && 'children' in node && Array.isArray(node.children)
}

/** `page.*`: the post's own front matter, and what Jekyll computes for it. */
function pageVariables(preparedName: string, frontMatter: Record<string, unknown>): Record<string, unknown> {
  // Jekyll's `page.path` and `page.slug` are the author's file's, not the prepared copy's (`x.markdown.md`).
  const name = preparedSource(frontMatter) ?? preparedName
  const fileName = name.split('/').pop() ?? name
  const parsed = parsePostFileName(fileName)
  const page: Record<string, unknown> = { ...frontMatter, path: name.replace(/^posts\//, '_posts/') }
  if (!parsed) return page
  const input = { sourceFilePath: preparedName, sourceFileName: fileName, frontMatter }
  page.slug = parsed.slug
  page.title ??= parsed.slug
  // Jekyll gives Liquid lists for these even when the front matter writes words separated by spaces.
  for (const key of ['tags', 'categories']) {
    const value = page[key]
    page[key] = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value : []
  }
  if (typeof page.category === 'string' && Array.isArray(page.categories) && page.categories.length === 0) page.categories = [page.category]
  try {
    page.url = postResolver.url(input)
    page.date = postResolver.date(input)
    page.id = page.url
  } catch {
    // A bad date or permalink stops the build with its own message from the post's computed fields.
  }
  return page
}

/** The post's file as its author named it (`posts/x.markdown`, `drafts/y.md`), for messages. */
export function shownName(file: VFile): string {
  return sourceOfPrepared(sourceName(file))
}

/** The post's path as Contentlayer names it, else the file's own. */
export function sourceName(file: VFile): string {
  const raw: unknown = file.data.rawDocumentData
  if (typeof raw === 'object' && raw !== null && 'sourceFilePath' in raw && typeof raw.sourceFilePath === 'string') {
    return raw.sourceFilePath
  }
  return file.path ?? '(markdown)'
}
