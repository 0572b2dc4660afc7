import rehypeShiki from '@shikijs/rehype'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeRaw from 'rehype-raw'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { hasClass, HEADING_ANCHOR, SCREEN_READER_ONLY, textOf } from '../html/hast'
import type { SiteVariables } from '../jekyll/liquid'
import { rehypeCodeBlocks } from './code-blocks'
import { rehypeImages } from './images'
import { rehypeLinks } from './links'
import { remarkLiquid } from './liquid'
import { remarkNestingLimit } from './nesting'
import { rehypeSanitizePost, type SanitizeOptions } from './sanitize'
import { remarkTrustedHtml } from './sanitize/trusted'
import { rehypeTaskLists } from './task-lists'
import { remarkTitleHeading } from './title-heading'

export type MarkdownOptions = {
  /** Values for `{{ site.* }}`. */
  variables: SiteVariables
  /** The production origin: absolute links to it become site-relative. */
  siteUrl: string
  /** Where site-relative images live, to read their sizes. */
  publicDir?: string
  /** What post HTML may embed and whether it is trusted; by default every post is sanitised, no embeds. */
  html?: SanitizeOptions
}

/**
 * The one Markdown chain: CommonMark + GFM, raw HTML kept, Liquid site variables, slugged headings with
 * anchor links, and syntax highlighting done here at build time so the browser runs no highlighter.
 */
export function applyMarkdownPipeline(processor: Processor, options: MarkdownOptions): void {
  processor
    .use(remarkParse)
    .use(remarkLiquid, { variables: options.variables })
    // Wraps the parser after Liquid does, so its check runs first, on the source as written.
    .use(remarkNestingLimit)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkTrustedHtml)
    .use(remarkGfm)
    .use(remarkTitleHeading)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    // Before our own plugins add markup: what they write (anchors, highlighting styles, copy buttons) is ours.
    .use(rehypeSanitizePost, options.html ?? { embedOrigins: [] })
    .use(rehypeSlug)
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
