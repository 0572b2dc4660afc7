import { ContentError } from '../content/error'
import { authorList, stringList } from '../content/fields'
import { checkPostUrl, checkTitle, exportableUrl } from '../content/post-url-checks'
import { preparePost, type PrepareInput } from '../content/prepare'
import { sourceFileProblems } from '../content/source-files'
import { parseJekyllDate } from '../jekyll/date'

/**
 * The content step's rules, run on one post before anything is written: the prepare step (front matter as
 * Ruby reads it, date, URL), the file-name rule, and the checks Contentlayer's schema and the post's computed
 * fields make. The same functions the build calls, so what passes here passes there.
 */
/** `date`: the post's instant as the build reads it (ISO), which orders posts as Jekyll does. */
export type PostCheck = { ok: true; url: string; served: boolean; date: string } | { ok: false; error: ContentError }

/** Front-matter values the schema types strictly (contentlayer.config.ts), by the type it wants. */
const STRING_FIELDS = ['title', 'date', 'last_modified_at', 'excerpt', 'excerpt_separator', 'description', 'permalink', 'slug', 'series']
const BOOLEAN_FIELDS = ['published', 'draft', 'trusted_html']

export function checkPost(file: string, text: string, site: PrepareInput['site'], now: Date): PostCheck {
  try {
    const [nameProblem] = sourceFileProblems([{ path: file, text: () => text }])
    if (nameProblem) return { ok: false, error: nameProblem }
    const prepared = preparePost({ file, source: text, site, now })
    if (prepared.kind === 'skipped') return { ok: false, error: new ContentError(file, '(file name)', prepared.reason, 'rename it YYYY-MM-DD-title.md') }
    const data = prepared.data
    for (const key of STRING_FIELDS) {
      if (data[key] !== undefined && data[key] !== null && typeof data[key] !== 'string') throw new ContentError(file, key, 'expected text', `write ${key} as text`)
    }
    for (const key of BOOLEAN_FIELDS) {
      if (data[key] !== undefined && typeof data[key] !== 'boolean') throw new ContentError(file, key, 'expected true or false', `write ${key}: true or false`)
    }
    for (const key of ['redirect_from', 'redirect_to']) {
      // As the post store reads them (lib/content/post-store.ts): a URL or a list of URLs.
      const value = data[key]
      const urls = value === undefined || value === null || typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      if (!urls) throw new ContentError(file, key, 'expected a URL or a list of URLs', `write ${key}: /old/path/`)
    }
    checkTitle(data.title, file)
    stringList(data.tags, file, 'tags')
    stringList(data.categories, file, 'categories')
    authorList(data.author, data.authors, file)
    const modified = data.last_modified_at
    if (typeof modified === 'string' && !parseJekyllDate(modified, site.timeZone)) throw new ContentError(file, 'last_modified_at', `"${modified}" is not a date`, 'write it as YYYY-MM-DD')
    const url = checkPostUrl(exportableUrl(prepared.url).url, file, typeof data.permalink === 'string' ? 'permalink' : 'permalink (site config)')
    const unpublished = data.published === false || data.draft === true
    return { ok: true, url, served: !prepared.draft && !unpublished, date: typeof data.date === 'string' ? data.date : '' }
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, error }
    throw error
  }
}
