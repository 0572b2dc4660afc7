import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { ContentError } from './error'
import { walkFiles } from '../files/walk.mjs'
import { POST_FILE_EXTENSIONS } from '../jekyll/post-path'

/**
 * Checks on the post files themselves, run before Contentlayer reads them: Contentlayer silently skips a
 * file its pattern does not match, crashes naming nothing on a backslash in a name, and writes a quote in a
 * name into its generated code unescaped. Each problem here names the file and the fix instead.
 */

/**
 * What Contentlayer reads: the prepare step (lib/content/prepare-dir.ts) writes every post, whatever its
 * extension's letter case, line ends or front-matter end, as a `.md` copy, because Contentlayer's glob only
 * ever finds lower-case `.md`.
 */
export const POST_FILE_PATTERN = 'posts/**/*.md'

const isPostFile = (name: string) => POST_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))

/**
 * What a post's file name may hold: letters and digits of any script and the URL-safe punctuation
 * `- _ . ~ ! $ & ( ) * + , ; = @`. Refused: quotes and backslashes (they break Contentlayer's generated
 * code), whitespace and control characters, and `? # % / [ ] { } | ^ : < > \`` (they end, escape or
 * confuse a URL path, or cannot be a file name on every system).
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}\p{N}\-_.~!$&()*+,;=@]+$/u

/** Whether a post file name holds only characters the build takes (the import renames the others). */
export const isPostFileName = (name: string): boolean => NAME_CHARACTERS.test(name)

export type SourceFile = { path: string; text: () => string }

export function sourceFileProblems(files: readonly SourceFile[]): ContentError[] {
  const problems: ContentError[] = []
  const byLowerCase = new Map<string, string>()
  for (const file of files) {
    const name = posix.basename(file.path)
    if (name.startsWith('.')) continue
    if (!isPostFile(name)) continue
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
  }
  return problems
}

/** Every file under `content/posts` (and `content/drafts`), as paths relative to `contentDir`. */
export function listSourceFiles(contentDir: string): SourceFile[] {
  return ['posts', 'drafts'].flatMap((folder) => [...walkFiles(join(contentDir, folder))].map((file) => ({ path: posix.join(folder, file.rel), text: () => readFileSync(file.full, 'utf8') })))
}

/** Stops the build on the first problems found, listing each on its own line. */
export function assertSourceFiles(contentDir: string): void {
  const problems = sourceFileProblems(listSourceFiles(contentDir).filter((file) => !file.path.endsWith('/')))
  if (problems.length > 0) throw new Error(`Posts that cannot be read as they are:\n${problems.map((p) => `  ${p.message}`).join('\n')}`)
}
