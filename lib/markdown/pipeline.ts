import rehypeShiki from '@shikijs/rehype'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeKatex from 'rehype-katex'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { hasClass, HEADING_ANCHOR, SCREEN_READER_ONLY, textOf } from '../html/hast'
import { rehypeCodeBlocks } from './code-blocks'
import { rehypeDiagrams, type DiagramOptions } from './diagrams'
import { rehypeImages } from './images'
import { rehypeLinks } from './links'
import { remarkAbbreviations } from './kramdown/abbreviations'
import { remarkKramdownAttributes } from './kramdown/attributes'
import { remarkDefinitionLists } from './kramdown/definition-lists'
import { rehypeKramdownIds } from './kramdown/header-ids'
import { rewriteKramdownExtensions } from './kramdown/extensions'
import { rewriteHtmlBlocks } from './kramdown/html-blocks'
import { rehypeKramdownToc } from './kramdown/toc'
import { remarkKramdownSpanHtml } from './kramdown/span-html'
import { remarkKeepSource, smartypants, remarkTypography } from './kramdown/typography'
import { remarkLiquid } from './liquid'
import { remarkNestingLimit } from './nesting'
import { rehypeSanitizePost, type SanitizeOptions } from './sanitize'
import { remarkTrustedHtml } from './sanitize/trusted'
import { rehypeTaskLists } from './task-lists'
import { remarkJemoji, remarkMentions } from './text-plugins'
import { remarkTitleHeading } from './title-heading'

export type MarkdownOptions = {
  /** `site.*` for Liquid in posts: title, description, url, baseurl ('' in content) and any more of the site's. */
  variables: Readonly<Record<string, unknown>>
  /** The production origin: absolute links to it become site-relative. */
  siteUrl: string
  /** Where site-relative images live, to read their sizes. */
  publicDir?: string
  /** What post HTML may embed and whether it is trusted; by default every post is sanitised, no embeds. */
  html?: SanitizeOptions
  /** The content folder (`posts/`, `_includes/`, `_data/`), for Liquid's includes, data and links to posts. */
  contentDir?: string
  /** Where the prepared posts are (what Contentlayer reads), for `post_url`, `link` and `site.posts`. */
  postsDir?: string
  /** Liquid's `site.posts` lists drafts too (a preview with SHOW_DRAFTS); production lists only published posts. */
  showDrafts?: boolean
  /** IANA zone for Liquid's date filters; UTC when absent. */
  timeZone?: string
  /** Tags the site maps to Liquid templates of its own. */
  liquidTags?: Readonly<Record<string, string>>
  /** kramdown's `parse_block_html` and `toc_levels`. */
  kramdown?: { parseBlockHtml?: boolean; tocLevels?: readonly number[] }
  /** Jekyll plugins the site uses: `jemoji` and `jekyll-mentions` change the text. */
  plugins?: readonly string[]
  /** `$…$` and `$$…$$` as math, rendered to HTML by KaTeX here (site.math). Off, a `$` is just a dollar. */
  math?: boolean
  /** ```mermaid blocks as inline SVG (site.diagrams), rendered SVGs kept in `cacheDir`. */
  diagrams?: DiagramOptions
}

/** Markdown alone (no Liquid), as Liquid's `markdownify` filter and the `figure` tag render it. */
export async function markdownify(markdown: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkKeepSource)
    .use(remarkGfm)
    .use(remarkKramdownAttributes)
    .use(remarkTypography)
    .use(remarkKramdownSpanHtml)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
  return String(await processor.process(markdown))
}

/**
 * The one Markdown chain: CommonMark + GFM, raw HTML kept, Liquid site variables, slugged headings with
 * anchor links, and syntax highlighting done here at build time so the browser runs no highlighter.
 */
export function applyMarkdownPipeline(processor: Processor, options: MarkdownOptions): void {
  processor
    .use(remarkParse)
    // Before Liquid, which calls this parser with the Markdown it renders.
    .use(remarkKeepSource)
    .use(remarkLiquid, {
      site: options.variables,
      contentDir: options.contentDir,
      postsDir: options.postsDir,
      showDrafts: options.showDrafts,
      timeZone: options.timeZone ?? 'UTC',
      liquidTags: options.liquidTags ?? {},
      markdownify,
      smartify: smartypants,
      prepare: (markdown) => {
        const extended = rewriteKramdownExtensions(markdown)
        return rewriteHtmlBlocks(extended.source, extended.parseBlockHtml ?? options.kramdown?.parseBlockHtml ?? false)
      },
    })
    // Wraps the parser after Liquid does, so its check runs first, on the source as written.
    .use(remarkNestingLimit)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkTrustedHtml)
    .use(remarkGfm)
    .use(options.math ? [remarkMath] : [])
    .use(remarkKramdownAttributes)
    .use(remarkDefinitionLists)
    .use(remarkAbbreviations)
    .use(remarkTitleHeading)
    .use(remarkTypography)
    .use(options.plugins?.includes('jemoji') ? [remarkJemoji] : [])
    .use(options.plugins?.includes('jekyll-mentions') ? [remarkMentions] : [])
    // Last on the Markdown tree: what it turns into text is shown as written, untouched by typography.
    .use(remarkKramdownSpanHtml)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    // Before our own plugins add markup: what they write (anchors, ids, highlighting styles, copy buttons) is ours.
    .use(rehypeSanitizePost, options.html ?? { embedOrigins: [] })
    .use(rehypeKramdownIds)
    .use(rehypeKramdownToc, { levels: options.kramdown?.tocLevels })
    // The anchor sits beside the heading, not inside it, so the heading's accessible name stays its text.
    .use(rehypeAutolinkHeadings, {
      behavior: 'after',
      test: (element) => !hasClass(element, SCREEN_READER_ONLY),
      group: { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] },
      properties: (heading) => ({ className: [HEADING_ANCHOR], ariaLabel: `Link to section: ${textOf(heading)}` }),
      content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    })
    .use(rehypeTaskLists)
    .use(rehypeLinks, { siteUrl: options.siteUrl })
    .use(rehypeImages, { publicDir: options.publicDir })
    // Before highlighting, which would otherwise colour display math as code. Runs on our own output, so
    // anything that cleans post HTML has already run.
    .use(options.math ? [[rehypeKatex, { output: 'htmlAndMathml' }]] : [])
    // Also before highlighting, which would colour the diagram's source as code.
    .use(options.diagrams ? [[rehypeDiagrams, options.diagrams]] : [])
    .use(rehypeShiki, {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      // Without an explicit empty list the plugin loads every bundled grammar up front (~18 s per build).
      langs: [],
      lazy: true,
      fallbackLanguage: 'text',
      addLanguageClass: true,
    })
    .use(rehypeCodeBlocks)
    .use(rehypeStringify)
}

/** Markdown source (front matter included) to HTML, through the same chain Contentlayer uses. */
export async function renderMarkdown(source: string, options: MarkdownOptions): Promise<string> {
  const processor = unified()
  applyMarkdownPipeline(processor, options)
  return String(await processor.process(source))
}
