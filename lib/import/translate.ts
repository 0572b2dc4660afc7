import { ContentError } from '../content/error'
import { preparePost, type PrepareInput } from '../content/prepare'
import { isPostFileName } from '../content/source-files'
import { defaultsFor } from '../jekyll/defaults'
import { splitFrontMatter } from '../jekyll/front-matter'
import { isPostPath, POST_FILE_EXTENSIONS, readPostPath } from '../jekyll/post-path'
import { readJekyllDate } from '../jekyll/date'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { titleizeSlug } from '../jekyll/slugify'
import type { FrontMatterDefault } from '../site/json'
import { checkPost } from './check'
import { editFrontMatter, type FrontMatterEdits } from './front-matter-edit'

/**
 * One Jekyll post → a file the content step accepts, keeping what Jekyll derived from it. A name the build
 * refuses is renamed, with Jekyll's URL kept as `permalink` and the old slug and title kept; a date written
 * loosely is written in the strict form; what still fails a rule of the build is carried in a degraded form
 * (the value dropped, or the post unpublished) and said. Every change is listed, so nothing changes silently.
 */
export type PostInput = {
  /** The path under content/: `posts/x.md`, `posts/cat/_posts/x.md`, `drafts/x.md`. */
  dest: string
  text: string
  site: PrepareInput['site']
  now: Date
  /** Lower-cased content/ paths already given to other posts: a renamed post takes a free one. */
  taken: Set<string>
  /** Another post has this name but for letter case, one file on most systems: this one is renamed. */
  caseTwin?: boolean
}

export type TranslatedPost = {
  dest: string
  /** The text to write, or undefined when the bytes are kept. */
  text: string | undefined
  changes: string[]
  /** What could not be carried as Jekyll has it, each with its reason. */
  degraded: string[]
  url: string | undefined
  served: boolean
  /** The post's instant (ISO) when it passed the build's checks. */
  date?: string
}

/** A post no translation brings to a form the build accepts: left out of the import, listed with the reason. */
export class UntranslatablePost extends Error {}

/**
 * What Jekyll converts: its default `markdown_ext` (markdown, mkdown, mkdn, mkd, md) and HTML. A post of any
 * other extension the build reads (`.mdown`) goes through Jekyll's identity converter and keeps its extension
 * in the URL, so the import treats it as it treats `.text`.
 */
const JEKYLL_CONVERTS = new Set(['.markdown', '.mkdown', '.mkdn', '.mkd', '.md', '.html'])
const MARKDOWN_OR_HTML = new Set<string>(POST_FILE_EXTENSIONS.filter((ext) => JEKYLL_CONVERTS.has(ext)))

export function translatePost(input: PostInput): TranslatedPost {
  const changes: string[] = []
  const degraded: string[] = []
  const edits: FrontMatterEdits = {}
  const at = input.dest.lastIndexOf('/') + 1
  const folder = input.dest.slice(0, at)
  const fileName = input.dest.slice(at)
  const ext = /\.[^.]+$/.exec(fileName)?.[0] ?? ''
  const markdown = MARKDOWN_OR_HTML.has(ext.toLowerCase())
  // Jekyll's view of the post, read through the prepare step under a name it accepts (the same slug).
  const asMarkdown = markdown ? input.dest : `${input.dest.slice(0, input.dest.length - ext.length)}.md`
  let text = input.text
  const isDraft = input.dest.startsWith('drafts/')
  const path = readPostPath(asMarkdown.replace(/^(posts|drafts)\//, ''))
  const own = frontMatterOf(text)

  if (own && typeof own.date === 'string') {
    const read = readJekyllDate(own.date, input.site.timeZone, false)
    if (read && !read.exact) {
      edits.date = strictDate(read.date)
      changes.push(`date ${JSON.stringify(own.date)} written as ${JSON.stringify(edits.date)} (the same instant; Ruby's Time.parse passes over the rest)`)
    }
  }
  // Where Jekyll found the post: the `defaults` scoped to that path are the ones it applied.
  const jekyllPath = isPostPath(path) ? (markdown ? path.jekyllPath : `${path.jekyllPath.slice(0, -'.md'.length)}${ext}`) : undefined
  // Jekyll's identity converter keeps a post's own extension where `:output_ext` would give `.html`.
  const jekyllUrl = jekyllUrlOf(asMarkdown, applyEdits(text, edits), input, markdown ? undefined : ext, jekyllPath)

  let dest = input.dest
  if (!isPostFileName(fileName) || !markdown || input.caseTwin === true) {
    const slug = isPostPath(path) ? path.slug : fileName.replace(/\.[^.]+$/, '')
    const stem = isDraft || !isPostPath(path) ? '' : `${path.date}-`
    dest = freeName(folder, `${stem}${safe(slug)}`, markdown ? ext : '.md', input.taken)
    const why = input.caseTwin === true && isPostFileName(fileName) && markdown ? 'another post has this name but for letter case' : 'the build cannot take this name as it is'
    changes.push(`renamed ${fileName} → ${dest.slice(at)} (${why})`)
    if (jekyllUrl !== undefined && !isDraft) {
      // A page of another extension is exported as a folder at that path, which hosts serve at Jekyll's URL too.
      edits.permalink = markdown || jekyllUrl.endsWith('/') || /\.html?$/i.test(jekyllUrl) ? jekyllUrl : `${jekyllUrl}/`
      changes.push(`permalink ${JSON.stringify(edits.permalink)} added: Jekyll's URL, kept`)
    }
    // Defaults scoped to the old path no longer reach the new one: what they gave is written into the post.
    const carried = jekyllPath === undefined ? {} : scopedDefaultsLost(jekyllPath, dest, input.site.defaults, own ?? {})
    for (const [key, value] of Object.entries(carried)) edits[key] = value
    if (Object.keys(carried).length > 0) changes.push(`${Object.keys(carried).join(', ')} written from the site's defaults for the old path`)
    if (own?.slug === undefined && carried.slug === undefined) edits.slug = slug
    if ((own?.title === undefined || own.title === null) && carried.title === undefined) edits.title = titleizeSlug(slug)
    if (!markdown) degraded.push(`a ${ext} post, which Jekyll copies as it is: rendered as Markdown here`)
  }
  input.taken.add(dest.toLowerCase())
  text = applyEdits(text, edits)

  // What the build still refuses: drop the value it names (Jekyll's default applies), or unpublish the post.
  for (let tries = 0; tries < 8; tries++) {
    const check = checkPost(dest, text, input.site, input.now)
    if (check.ok) return { dest, text: text === input.text ? undefined : text, changes, degraded, url: check.url, served: check.served, date: check.date }
    const fixed = degrade(text, check.error)
    degraded.push(`${check.error.problem} (${check.error.field}): ${fixed.said}`)
    text = fixed.text
  }
  throw new UntranslatablePost(`the import could not bring it to a form the build accepts (last: ${degraded[degraded.length - 1] ?? 'none'})`)
}

function jekyllUrlOf(file: string, text: string, input: PostInput, outputExt: string | undefined, defaultsPath: string | undefined): string | undefined {
  try {
    const prepared = preparePost({ file, source: text, site: input.site, now: input.now, ...(outputExt === undefined ? {} : { outputExt }), ...(defaultsPath === undefined ? {} : { defaultsPath }) })
    return prepared.kind === 'post' ? prepared.url : undefined
  } catch (error) {
    if (error instanceof ContentError) return undefined
    throw error
  }
}

function degrade(text: string, error: ContentError): { text: string; said: string } {
  const field = error.field
  if (field === '(front matter)') {
    const split = splitFrontMatter(text)
    return { text: split ? split.body : text, said: "front matter left out, as Jekyll leaves it out when Ruby's YAML refuses it" }
  }
  if (field === 'permalink (site config)' || field === '(file name)' || field === 'body') {
    return { text: editFrontMatter(text, { published: false }), said: 'imported unpublished (published: false)' }
  }
  const key = field.replace(/\[\d+\]$/, '')
  const own = frontMatterOf(text)
  if (error.problem === 'this key is reserved by the content layer' && own && key in own) {
    // Kept under another name, and `page.<key>` in the post's Liquid follows it.
    const renamed = `jekyll_${key}`
    const moved = editFrontMatter(text, { [key]: undefined, [renamed]: own[key] })
    return { text: moved.replace(new RegExp(`\\bpage\\.${key}\\b`, 'g'), `page.${renamed}`), said: `${key} renamed ${renamed} (page.${key} in the post follows it)` }
  }
  const permalink = own?.permalink
  if (key === 'permalink' && typeof permalink === 'string' && /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(permalink)) {
    // Jekyll writes such a page where the dot segments lead, kept inside the site (`/../x.html` → `/x.html`).
    const inside = resolveDots(permalink)
    if (inside !== permalink) return { text: editFrontMatter(text, { permalink: inside }), said: `permalink written ${JSON.stringify(inside)}, where Jekyll writes the file` }
  }
  const value = own?.[key]
  if (error.problem === 'expected text' && Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    // Liquid prints a list as its items run together, as Jekyll shows `{{ page.title }}`.
    return { text: editFrontMatter(text, { [key]: value.map(String).join('') }), said: `${key} written as text, as Liquid prints the list` }
  }
  if (key === 'title') return { text: editFrontMatter(text, { title: undefined }), said: 'title dropped: the title comes from the file name' }
  if (own && key in own) return { text: editFrontMatter(text, { [key]: undefined }), said: `${key} dropped` }
  return { text: editFrontMatter(text, { published: false }), said: 'imported unpublished (published: false)' }
}

/** `.` and `..` segments (written `%2e` too) resolved, never above the site's root; placeholders kept. */
function resolveDots(permalink: string): string {
  const out: string[] = []
  const segments = permalink.split('/')
  for (const segment of segments.slice(1)) {
    const plain = segment.replace(/%2e/gi, '.')
    if (plain === '..') out.pop()
    else if (plain !== '.') out.push(segment)
  }
  return `/${out.join('/')}`
}

function applyEdits(text: string, edits: FrontMatterEdits): string {
  return Object.keys(edits).length === 0 ? text : editFrontMatter(text, edits)
}

function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const split = splitFrontMatter(text)
  if (!split) return undefined
  try {
    return parseRubyYaml(split.yaml).data
  } catch {
    return undefined
  }
}

/** `YYYY-MM-DD HH:MM:SS +0000`: the strict form every reader takes. */
function strictDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} +0000`
}

/** The slug in the characters a post name may hold: each run of others one `-`, no trailing dots. */
function safe(slug: string): string {
  const out = slug.replace(/[^\p{L}\p{M}\p{N}\-_.~!$&()*+,;=@]+/gu, '-').replace(/-{2,}/g, '-').replace(/^-+|[-.]+$/g, '')
  return out === '' ? 'post' : out
}

function freeName(folder: string, stem: string, ext: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${folder}${stem}${n === 1 ? '' : `-${n}`}${ext}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

/**
 * What `defaults` gave a post at its old path and no longer give it at its new one (keys its own front matter
 * does not set). The URL is kept apart, as `permalink`.
 */
export function scopedDefaultsLost(oldPath: string, dest: string, defaults: readonly FrontMatterDefault[], own: Record<string, unknown>): Record<string, unknown> {
  const moved = readPostPath(dest.replace(/^(posts|drafts)\//, ''))
  const before = defaultsFor(oldPath, defaults)
  const after = isPostPath(moved) ? defaultsFor(moved.jekyllPath, defaults) : {}
  const lost: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(before)) {
    if (key === 'permalink' || Object.hasOwn(own, key) || value === null || value === undefined) continue
    if (JSON.stringify(after[key]) !== JSON.stringify(value)) lost[key] = value
  }
  return lost
}
