import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { PrepareInput } from '../content/prepare'
import { splitFrontMatter } from '../jekyll/front-matter'
import { isPostPath, readPostPath } from '../jekyll/post-path'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { translatePost, type TranslatedPost } from './translate'

/**
 * The posts of a Jekyll site as Jekyll's post reader takes them: every `_posts` folder (`<dir>/_posts/`, whose
 * folders are categories, and `_posts/<sub>/`), any extension (a `.yml`/`.yaml` file is data to Jekyll, never
 * a post), names starting with `.`, `_`, `#` or `~` or ending with `~` skipped, files that are not UTF-8 skipped;
 * and `_drafts/`. Each is translated (lib/import/translate.ts) into what the content step accepts.
 */
export type FoundPost = { from: string; rel: string; original: string; draft: boolean; data: Record<string, unknown>; body: string; bodyOffset: number; post: TranslatedPost }
export type SkippedPost = { file: string; reason: string }

const UTF8 = new TextDecoder('utf-8', { fatal: true })

export function readPosts(source: string, files: string[], site: PrepareInput['site'], now: Date): { posts: FoundPost[]; skipped: SkippedPost[] } {
  const posts: FoundPost[] = []
  const skipped: SkippedPost[] = []
  const found: { from: string; rel: string; dest: string; draft: boolean }[] = []
  for (const file of files) {
    const rel = relative(source, file).split('\\').join('/')
    const segments = rel.split('/')
    const postsAt = segments.lastIndexOf('_posts')
    const draft = segments[0] === '_drafts'
    if (postsAt === -1 && !draft) continue
    const above = postsAt === -1 ? [] : segments.slice(0, postsAt)
    if (above.some((s) => /^[._]/.test(s))) continue
    const inside = draft ? segments.slice(1).join('/') : segments.slice(postsAt + 1).join('/')
    const dest = draft ? `drafts/${inside}` : above.length > 0 ? `posts/${above.join('/')}/_posts/${inside}` : `posts/${inside}`
    const ext = /\.[^./]+$/.exec(inside)?.[0] ?? ''
    // Read under a Markdown extension: Jekyll takes any extension for a post.
    const checked = readPostPath(`${above.length > 0 ? `${above.join('/')}/_posts/` : ''}${inside.slice(0, inside.length - ext.length)}.md`)
    const special = inside.split('/').find((s) => /^[._#~]/.test(s) || s.endsWith('~'))
    if (special !== undefined) skipped.push({ file: rel, reason: `"${special}" starts with ${special.charAt(0)} or ends with ~, which Jekyll skips` })
    else if (!draft && (ext === '' || !isPostPath(checked))) skipped.push({ file: rel, reason: isPostPath(checked) ? 'no extension' : checked.reason })
    else if (/^\.ya?ml$/i.test(ext)) skipped.push({ file: rel, reason: 'a YAML file, which Jekyll reads as data and never publishes' })
    else found.push({ from: file, rel, dest, draft })
  }
  const taken = new Set(found.map((f) => f.dest.toLowerCase()))
  for (const { from, rel, dest, draft } of found) {
    let text: string
    try {
      text = UTF8.decode(readFileSync(from))
    } catch {
      skipped.push({ file: rel, reason: 'not valid UTF-8, which Jekyll skips' })
      continue
    }
    taken.delete(dest.toLowerCase())
    const post = translatePost({ dest, text, site, now, taken })
    const written = post.text ?? text
    const split = splitFrontMatter(written)
    let data: Record<string, unknown> = {}
    try {
      data = split ? parseRubyYaml(split.yaml).data : {}
    } catch {
      // Left out by translatePost, which says so; nothing more to read here.
    }
    posts.push({ from, rel, original: text, draft, data, body: split ? split.body : written, bodyOffset: split ? split.bodyLine - 1 : 0, post })
  }
  return { posts, skipped }
}
