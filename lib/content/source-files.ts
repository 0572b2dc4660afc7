import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, sep } from 'node:path'
import { ContentError } from '../content-error'

/**
 * Checks on the post files themselves, run before Contentlayer reads them: Contentlayer silently skips a
 * file its pattern does not match, crashes naming nothing on a backslash in a name, and writes a quote in a
 * name into its generated code unescaped. Each problem here names the file and the fix instead.
 */

/** Read as posts. Contentlayer itself only ever looks for lower-case `.md` (its glob is fixed). */
export const POST_FILE_PATTERN = 'posts/**/*.md'

/**
 * Jekyll's other Markdown extensions, `.md` in another letter case, and HTML posts: Contentlayer never
 * sees them, so without this check they would vanish from the site with a successful build.
 */
const OTHER_POST_EXTENSIONS = /\.(markdown|mdown|mkdn|mkd|mkdown|html?|md)$/i

/**
 * What a post's file name may hold: letters and digits of any script and the URL-safe punctuation
 * `- _ . ~ ! $ & ( ) * + , ; = @`. Refused: quotes and backslashes (they break Contentlayer's generated
 * code), whitespace and control characters, and `? # % / [ ] { } | ^ : < > \`` (they end, escape or
 * confuse a URL path, or cannot be a file name on every system).
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}\p{N}\-_.~!$&()*+,;=@]+$/u

export type SourceFile = { path: string; text: () => string }

export function sourceFileProblems(files: readonly SourceFile[]): ContentError[] {
  const problems: ContentError[] = []
  const byLowerCase = new Map<string, string>()
  for (const file of files) {
    const name = posix.basename(file.path)
    if (name.startsWith('.')) continue
    if (OTHER_POST_EXTENSIONS.test(name) && !name.endsWith('.md')) {
      problems.push(new ContentError(file.path, '(file name)', `the extension of "${name}" is not read as a post`, `rename it to ${name.replace(OTHER_POST_EXTENSIONS, '.md')} (Markdown keeps raw HTML as written)`))
      continue
    }
    if (!name.endsWith('.md')) continue
    if (!NAME_CHARACTERS.test(name)) {
      const bad = [...new Set([...name].filter((c) => !NAME_CHARACTERS.test(c)))].map((c) => JSON.stringify(c)).join(' ')
      problems.push(new ContentError(file.path, '(file name)', `the name holds ${bad}, which cannot be part of a post's URL`, 'rename the file using letters, digits and - _ . only'))
      continue
    }
    const other = byLowerCase.get(file.path.toLowerCase())
    if (other !== undefined) {
      // Both are named: which one the author renames is theirs to choose.
      for (const [one, two] of [[other, file.path], [file.path, other]] as const) {
        problems.push(new ContentError(one, '(file name)', `differs from ${two} only in letter case, so the two share one URL on most hosts`, 'rename one of them'))
      }
    }
    byLowerCase.set(file.path.toLowerCase(), file.path)
    const frontMatter = frontMatterProblem(file.text())
    if (frontMatter) problems.push(new ContentError(file.path, '(front matter)', frontMatter.problem, frontMatter.fix))
  }
  return problems
}

/** Front matter Contentlayer would misread: CRLF line ends (kept in every value) and YAML's `...` end. */
function frontMatterProblem(text: string): { problem: string; fix: string } | undefined {
  if (!text.startsWith('---')) return undefined
  if (/^---\r\n/.test(text)) return { problem: 'the file has Windows (CRLF) line ends', fix: 'save it with LF line ends (git config core.autocrlf input)' }
  const end = /^(---|\.\.\.)[ \t]*$/m.exec(text.slice(4))
  if (end?.[1] === '...') return { problem: 'the front matter ends with "..."', fix: 'end it with a "---" line, as it starts' }
  return undefined
}

/** Every file under `content/posts` (and `content/drafts`), as paths relative to `contentDir`. */
export function listSourceFiles(contentDir: string): SourceFile[] {
  return ['posts', 'drafts'].flatMap((folder) => {
    let names: string[]
    try {
      names = readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' })
    } catch {
      return []
    }
    return names.map((name) => ({ path: posix.join(folder, name.split(sep).join('/')), text: () => readFileSync(join(contentDir, folder, name), 'utf8') }))
  })
}

/** Stops the build on the first problems found, listing each on its own line. */
export function assertSourceFiles(contentDir: string): void {
  const problems = sourceFileProblems(listSourceFiles(contentDir).filter((file) => !file.path.endsWith('/')))
  if (problems.length > 0) throw new Error(`Posts that cannot be read as they are:\n${problems.map((p) => `  ${p.message}`).join('\n')}`)
}
