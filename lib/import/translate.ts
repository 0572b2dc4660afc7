import { ContentError } from '../content/error'
import { preparePost, type PrepareInput } from '../content/prepare'
import { isPostFileName } from '../content/source-files'
import { isPostPath, POST_FILE_EXTENSIONS, readPostPath } from '../jekyll/post-path'
import { readJekyllDate } from '../jekyll/date'
import { titleizeSlug } from '../jekyll/slugify'
import { checkPost } from './check'
import { editFrontMatter, frontMatterOf, type FrontMatterEdits } from './front-matter-edit'
import { degrade } from './degrade'
import { scopedDefaultsLost } from './scoped-defaults'

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

function applyEdits(text: string, edits: FrontMatterEdits): string {
  return Object.keys(edits).length === 0 ? text : editFrontMatter(text, edits)
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

