import { readFileSync, statSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { walkFiles } from '../files/walk.mjs'
import { POST_EXTENSIONS, parsePostFileName } from './filename'
import { RESOLVED_KEY } from './keys'

/** One post as Liquid sees it in `site.posts` and as `{% post_url %}` / `{% link %}` find it. */
export type IndexedPost = {
  /** Path under the posts folder with forward slashes, e.g. `2016/2016-06-20-x.md`. */
  path: string
  /** File name without extension, e.g. `2016-06-20-x`. */
  name: string
  url: string
  title: string
  date: Date
  frontMatter: Readonly<Record<string, unknown>>
}

export type PostUrlInput = {
  sourceFilePath: string
  sourceFileName: string
  frontMatter: Readonly<Record<string, unknown>>
}

/** How a post's URL and date are worked out: the same functions the `Post` computed fields use. */
export type PostResolver = {
  url: (post: PostUrlInput) => string
  date: (post: PostUrlInput) => Date
}

/** The front matter of a Markdown source, or `{}` when it has none or it is not a mapping. */
export function readFrontMatter(source: string): Record<string, unknown> {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)
  if (!m) return {}
  let data: unknown
  try {
    data = parseYaml(m[1] ?? '', { uniqueKeys: false })
  } catch {
    // A post whose front matter does not parse is reported by the content build itself, naming the file.
    return {}
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {}
  return Object.fromEntries(Object.entries(data))
}

/** The author's file a prepared copy was made from (`posts/x.markdown`), from its resolved key. */
export function preparedSource(frontMatter: Readonly<Record<string, unknown>>): string | undefined {
  const resolved = frontMatter[RESOLVED_KEY]
  const source = typeof resolved === 'object' && resolved !== null ? Reflect.get(resolved, 'source') : undefined
  return typeof source === 'string' ? source : undefined
}

/**
 * Whether Jekyll would publish the post in a production build: not a draft (the `drafts/` folder, or dated
 * in the future under `future: false`, both as the prepare step resolved them), not `published: false`,
 * not `draft: true` — the same rule as the `isDraft` field the pages filter by.
 */
export function isPublished(post: IndexedPost): boolean {
  const resolved = post.frontMatter[RESOLVED_KEY]
  const draft = typeof resolved === 'object' && resolved !== null ? Reflect.get(resolved, 'draft') : undefined
  return draft !== true && post.frontMatter.published !== false && post.frontMatter.draft !== true
}

/** Every post under `postsDir` (sub-folders too), read from disk, with its URL. */
export function indexPosts(postsDir: string, contentDir: string, resolver: PostResolver): IndexedPost[] {
  const posts: IndexedPost[] = []
  for (const file of listPostFiles(postsDir)) {
    const frontMatter = readFrontMatter(readFileSync(file, 'utf8'))
    // A prepared copy (`.content/posts/x.markdown.md`) names the author's file it was made from.
    const source = preparedSource(frontMatter)
    const fileName = source === undefined ? file.slice(file.lastIndexOf(sep) + 1) : source.slice(source.lastIndexOf('/') + 1)
    const parsed = parsePostFileName(fileName)
    if (!parsed) continue
    const input = { sourceFilePath: toSlash(relative(contentDir, file)), sourceFileName: fileName, frontMatter }
    let url: string
    let date: Date
    try {
      url = resolver.url(input)
      date = resolver.date(input)
    } catch {
      // A post whose URL cannot be worked out stops the content build with its own error; it links nowhere.
      continue
    }
    const title = typeof frontMatter.title === 'string' ? frontMatter.title : parsed.slug
    const path = source === undefined ? toSlash(relative(postsDir, file)) : source.replace(/^[^/]+\//, '')
    posts.push({ path, name: fileName.replace(/\.[^.]+$/, ''), url, title, date, frontMatter })
  }
  return posts.sort((a, b) => b.date.getTime() - a.date.getTime())
}

/** The path Jekyll gives a post (`_posts/2016/x.md`, `en/news/_posts/x.md`) from its path under the posts folder. */
export function jekyllPathOf(post: Pick<IndexedPost, 'path'>): string {
  return post.path.includes('_posts/') ? post.path : `_posts/${post.path}`
}

/**
 * Finds the post `{% post_url %}` names, as Jekyll 4.3's PostComparer does: `2010-07-21-name` in `_posts/`,
 * `2010/2010-07-21-name` below it, `en/news/2010-07-21-name` in `en/news/_posts/`; never with an extension.
 * When none matches so, Jekyll falls back to the name in any folder (with a deprecation warning), and so do we.
 */
export function findPostByName(posts: readonly IndexedPost[], name: string): IndexedPost | undefined {
  const wanted = name.trim().replace(/^\/+/, '')
  const at = wanted.lastIndexOf('/') + 1
  const dir = wanted.slice(0, at)
  const base = wanted.slice(at)
  const stem = (post: IndexedPost) => jekyllPathOf(post).replace(/\.[^./]+$/, '')
  return posts.find((post) => stem(post) === `_posts/${wanted}` || stem(post) === `${dir}_posts/${base}`) ?? posts.find((post) => post.name === base)
}

/** Finds the post a `{% link … %}` path names (`_posts/x.md`, `_posts/2016/x.md`, `en/news/_posts/x.md`), extension included. */
export function findPostByPath(posts: readonly IndexedPost[], path: string): IndexedPost | undefined {
  const wanted = path.trim().replace(/^\/+/, '')
  if (!/(^|\/)_posts\//.test(wanted)) return undefined
  // The same post under another Markdown extension (`.markdown` stored as `.md`) is still that post.
  const stem = (path: string) => path.replace(/\.(md|markdown|mdown|mkd|mkdn|mkdown)$/i, '')
  return posts.find((post) => jekyllPathOf(post) === wanted) ?? posts.find((post) => stem(jekyllPathOf(post)) === stem(wanted))
}

/** A stamp of the posts folder (names, sizes, times), so an index is rebuilt only when a post changes. */
export function postsStamp(postsDir: string): string {
  return listPostFiles(postsDir)
    .map((file) => {
      const stat = statSync(file)
      return `${file}:${stat.size}:${stat.mtimeMs}`
    })
    .join('\n')
}

function listPostFiles(dir: string): string[] {
  return [...walkFiles(dir)]
    .filter((file) => POST_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(`.${ext}`)))
    .map((file) => file.full)
    .sort()
}

function toSlash(path: string): string {
  return path.split(sep).join('/')
}
