import { readFileSync, statSync } from 'node:fs'
import { relative } from 'node:path'
import type { PrepareInput } from '../content/prepare'
import { splitFrontMatter } from '../jekyll/front-matter'
import { isPostPath, readPostPath, rubyFileDate } from '../jekyll/post-path'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { separateCollisions } from './collisions'
import type { Publishing } from './config'
import { editFrontMatter } from './front-matter-edit'
import { translatePost, UntranslatablePost, type TranslatedPost } from './translate'

/**
 * The posts of a Jekyll site as Jekyll's post reader takes them: every `_posts` folder (`<dir>/_posts/`, whose
 * folders are categories, and `_posts/<sub>/`), any extension (a `.yml`/`.yaml` file is data to Jekyll, never
 * a post), names starting with `.`, `_`, `#` or `~` or ending with `~` skipped, files that are not UTF-8 skipped;
 * and `_drafts/`. Each is translated (lib/import/translate.ts) into what the content step accepts.
 */
export type FoundPost = { from: string; rel: string; original: string; draft: boolean; data: Record<string, unknown>; body: string; bodyOffset: number; post: TranslatedPost }
export type SkippedPost = { file: string; reason: string }

const UTF8 = new TextDecoder('utf-8', { fatal: true })

export function readPosts(source: string, files: string[], site: PrepareInput['site'], now: Date, publishing: Publishing): { posts: FoundPost[]; skipped: SkippedPost[] } {
  const posts: FoundPost[] = []
  const skipped: SkippedPost[] = []
  const found: { from: string; rel: string; dest: string; draft: boolean; notes: string[] }[] = []
  for (const file of files) {
    const rel = relative(source, file).split('\\').join('/')
    const segments = rel.split('/')
    const postsAt = segments.lastIndexOf('_posts')
    const draft = segments[0] === '_drafts'
    if (postsAt === -1 && !draft) continue
    const above = postsAt === -1 ? [] : segments.slice(0, postsAt)
    if (above.some((s) => /^[._]/.test(s))) continue
    const inside = draft ? segments.slice(1).join('/') : segments.slice(postsAt + 1).join('/')
    // Drafts Jekyll publishes (`show_drafts: true`) become posts, named with the date Jekyll gives them.
    const shown = draft && publishing.showDrafts
    const destOf = shown ? `posts/${draftDay(file, inside)}${inside}` : draft ? `drafts/${inside}` : above.length > 0 ? `posts/${above.join('/')}/_posts/${inside}` : `posts/${inside}`
    const ext = /\.[^./]+$/.exec(inside)?.[0] ?? ''
    // Read under a Markdown extension: Jekyll takes any extension for a post.
    const read = (path: string) => readPostPath(`${above.length > 0 ? `${above.join('/')}/_posts/` : ''}${path.slice(0, path.length - ext.length)}.md`)
    let checked = read(inside)
    let dest = destOf
    const notes: string[] = []
    const dated = /^(.*?)(\d{2,4}-\d{1,2}-\d{1,2})(-[^/]*)$/.exec(inside)
    const ruby = dated && !isPostPath(checked) ? rubyFileDate(dated[2] ?? '') : undefined
    if (dated && ruby !== undefined && !draft) {
      // Jekyll dates `2020-02-30-x.md` 1 March, as Ruby's Time.parse does: the copy is named so.
      const renamed = `${dated[1] ?? ''}${ruby}${dated[3] ?? ''}`
      checked = read(renamed)
      dest = destOf.slice(0, destOf.length - inside.length) + renamed
      notes.push(`renamed with the date Jekyll gives it: ${dated[2] ?? ''} is ${ruby} to Ruby`)
    }
    const special = inside.split('/').find((s) => /^[._#~]/.test(s) || s.endsWith('~'))
    if (special !== undefined) skipped.push({ file: rel, reason: `"${special}" starts with ${special.charAt(0)} or ends with ~, which Jekyll skips` })
    else if (!draft && (ext === '' || !isPostPath(checked))) skipped.push({ file: rel, reason: isPostPath(checked) ? 'no extension' : checked.reason })
    else if (/^\.ya?ml$/i.test(ext)) skipped.push({ file: rel, reason: 'a YAML file, which Jekyll reads as data and never publishes' })
    else found.push({ from: file, rel, dest, draft, notes })
  }
  const taken = new Set(found.map((f) => f.dest.toLowerCase()))
  const seen = new Set<string>()
  for (const { from, rel, dest, draft: inDrafts, notes } of found) {
    const draft = inDrafts && !publishing.showDrafts
    let text: string
    try {
      text = UTF8.decode(readFileSync(from))
    } catch {
      skipped.push({ file: rel, reason: 'not valid UTF-8, which Jekyll skips' })
      continue
    }
    const caseTwin = seen.has(dest.toLowerCase())
    seen.add(dest.toLowerCase())
    if (!caseTwin) taken.delete(dest.toLowerCase())
    const published = publish(text, rel, publishing, from)
    let translated: TranslatedPost
    try {
      translated = translatePost({ dest, text: published, site, now, taken, caseTwin })
    } catch (error) {
      if (!(error instanceof UntranslatablePost)) throw error
      skipped.push({ file: rel, reason: error.message })
      continue
    }
    const noted = { ...translated, changes: [...notes, ...translated.changes] }
    const post = published === text ? noted : { ...noted, text: translated.text ?? published, changes: [publishing.showDrafts && inDrafts ? "a draft the site's show_drafts: true publishes: a post here, dated by its file time" : "published: false removed: the site's unpublished: true publishes it", ...noted.changes] }
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
  separateCollisions(posts)
  return { posts, skipped }
}

/** `YYYY-MM-DD-` of a shown draft's file time (Jekyll's date for it), or nothing when its name has a date. */
function draftDay(file: string, inside: string): string {
  const name = inside.split('/').pop() ?? inside
  return /^\d{2,4}-\d{1,2}-\d{1,2}-/.test(name) ? '' : `${statSync(file).mtime.toISOString().slice(0, 10)}-`
}

/** The post as the site's publishing settings publish it: a shown draft dated, an unpublished post published. */
function publish(text: string, rel: string, publishing: Publishing, file: string): string {
  const split = splitFrontMatter(text)
  let data: Record<string, unknown> = {}
  try {
    data = split ? parseRubyYaml(split.yaml).data : {}
  } catch {
    return text
  }
  const edits: Record<string, unknown> = {}
  if (publishing.unpublished && data.published === false) edits.published = undefined
  if (publishing.showDrafts && rel.startsWith('_drafts/') && data.date === undefined) edits.date = `${statSync(file).mtime.toISOString().slice(0, 19).replace('T', ' ')} +0000`
  return Object.keys(edits).length === 0 ? text : editFrontMatter(text, edits)
}
