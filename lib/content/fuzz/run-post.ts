import { join } from 'node:path'
import { unified } from 'unified'
import { parse, stringify } from 'yaml'
import { ContentError } from '../../content-error'
import { applyMarkdownPipeline } from '../../markdown/pipeline'
import { site } from '../../site'
import { categoryList, postUrl, publishedAt, stringList, type RawPost } from '../post-computed'
import { authorList, postSlug } from '../fields'
import { checkTitle } from '../post-url-checks'
import { sourceFileProblems } from '../source-files'
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
    const processor = unified()
    applyMarkdownPipeline(processor, {
      variables: { baseurl: '', url: site.url, title: site.title, description: site.description },
      siteUrl: site.url,
      publicDir: join(process.cwd(), 'public'),
      html: { embedOrigins: site.embedOrigins, warn: (line) => warnings.push(line) },
    })
    const html = String(await processor.process({ path, value: source, data: { rawDocumentData: { sourceFilePath: path } } }))
    const fields: unknown = parse(stringify(post.frontMatter))
    const get = (key: string): unknown => (typeof fields === 'object' && fields !== null ? Reflect.get(fields, key) : undefined)
    const text = (key: string) => {
      const value = get(key)
      return typeof value === 'string' ? value : undefined
    }
    const doc: RawPost = { _id: path, _raw: { sourceFilePath: path, sourceFileName: post.name }, body: { html }, date: text('date'), permalink: text('permalink'), categories: get('categories') }
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
