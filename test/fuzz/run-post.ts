import { join } from 'node:path'
import { unified } from 'unified'
import { parse, stringify } from 'yaml'
import { ContentError } from '../../lib/content/error'
import { applyMarkdownPipeline } from '../../lib/markdown/pipeline'
import { site } from '../../lib/site'
import { categoryList, postUrl, publishedAt, stringList, type RawPost } from '../../lib/content/post-computed'
import { authorList, postSlug } from '../../lib/content/fields'
import { checkTitle } from '../../lib/content/post-url-checks'
import { sourceFileProblems } from '../../lib/content/source-files'
import { preparePost } from '../../lib/content/prepare'
import { splitFrontMatter } from '../../lib/jekyll/front-matter'
import { RESOLVED_KEY } from '../../lib/jekyll/keys'
import type { GeneratedPost } from './arbitraries'

export type Outcome =
  | { kind: 'built'; path: string; url: string; html: string; warnings: string[] }
  | { kind: 'refused'; path: string; error: ContentError }

/** The file as the author saved it. */
export function sourceText(post: GeneratedPost): string {
  const yaml = stringify(post.frontMatter)
  const text = `---\n${yaml}${post.dotsEnd ? '...' : '---'}\n\n${post.body}\n`
  return post.crlf ? text.replace(/\n/g, '\r\n') : text
}

/**
 * One generated post through the same functions `contentlayer2 build` runs, in the same order: the file
 * checks, the Markdown chain (with the real public/ folder for image sizes), then the computed fields.
 * Anything but a `ContentError` escapes, and fails the caller's invariant.
 */
export async function runPost(post: GeneratedPost): Promise<Outcome> {
  const path = `posts/${post.name}`
  const source = sourceText(post)
  const [problem] = sourceFileProblems([{ path, text: () => source }])
  if (problem) return { kind: 'refused', path, error: problem }
  const warnings: string[] = []
  try {
    // The prepare step first, as `npm run content` runs it: front matter as Ruby reads it, the URL resolved.
    const prepared = preparePost({ file: path, source, site, now: new Date(), mtime: new Date() })
    if (prepared.kind === 'skipped') throw new ContentError(path, '(file name)', prepared.reason, 'name it YYYY-MM-DD-title.md')
    const processor = unified()
    applyMarkdownPipeline(processor, {
      variables: { baseurl: '', url: site.url, title: site.title, description: site.description },
      siteUrl: site.url,
      publicDir: join(process.cwd(), 'public'),
      html: { embedOrigins: site.embedOrigins, warn: (line) => warnings.push(line) },
    })
    const html = String(await processor.process({ path, value: prepared.text, data: { rawDocumentData: { sourceFilePath: path } } }))
    const fields: unknown = parse(splitFrontMatter(prepared.text)?.yaml ?? '')
    const get = (key: string): unknown => (typeof fields === 'object' && fields !== null ? Reflect.get(fields, key) : undefined)
    const text = (key: string) => {
      const value = get(key)
      return typeof value === 'string' ? value : undefined
    }
    const doc: RawPost = { _id: path, _raw: { sourceFilePath: path, sourceFileName: post.name }, body: { html }, date: text('date'), permalink: text('permalink'), categories: get('categories'), [RESOLVED_KEY]: get(RESOLVED_KEY) }
    checkTitle(get('title'), path)
    postSlug(post.name, path)
    publishedAt(doc)
    categoryList(doc)
    stringList(get('tags'), path, 'tags')
    authorList(get('author'), get('authors'), path)
    return { kind: 'built', path, url: postUrl(doc), html, warnings }
  } catch (error) {
    if (error instanceof ContentError) return { kind: 'refused', path, error }
    throw error
  }
}
