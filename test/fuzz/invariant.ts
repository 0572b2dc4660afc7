import { words } from '../../lib/search/shared/options'
import { MARKER, type GeneratedPost } from './arbitraries'
import { runPost, type Outcome } from './run-post'
import { firstUnsafe } from './unsafe'

/**
 * CPU time one post may take through the whole chain. CPU, not wall-clock, time: on a shared machine
 * (load 30 on 2 cores while this was written) the wall clock measures the neighbours.
 */
export const CASE_TIME_LIMIT_MS = 5_000

/** CPU milliseconds this process has used. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export type Tally = { built: number; changed: number; refused: number }

/**
 * The fuzz invariant: a post either builds, present at a site URL with its text and without anything
 * that could run script, or is refused by a ContentError naming its own file; within the time bound.
 * Throws, with the reason, when the invariant does not hold.
 */
export async function checkPost(post: GeneratedPost, tally?: Tally): Promise<Outcome> {
  const started = cpuMs()
  const outcome = await runPost(post)
  const elapsed = cpuMs() - started
  if (elapsed > CASE_TIME_LIMIT_MS) throw new Error(`${outcome.path} took ${Math.round(elapsed)} ms of CPU, more than ${CASE_TIME_LIMIT_MS}`)
  if (outcome.kind === 'refused') {
    if (outcome.error.file !== outcome.path) throw new Error(`refused naming ${outcome.error.file}, not ${outcome.path}: ${outcome.error.message}`)
    if (!outcome.error.fix) throw new Error(`refused without a fix: ${outcome.error.message}`)
    if (tally) tally.refused += 1
    return outcome
  }
  const { url, html, warnings } = outcome
  // A folder (`/a/`), or a Jekyll `.html` page (`/a.html`), which the export writes as that file.
  if (!url.startsWith('/') || !/(\/|\.html?)$/i.test(url) || url.includes('//')) throw new Error(`${outcome.path}: URL ${url} is not a site path`)
  if (!html.includes(MARKER)) throw new Error(`${outcome.path}: the built HTML lost the post's text`)
  if (post.frontMatter.trusted_html !== true) {
    const unsafe = firstUnsafe(html)
    if (unsafe !== undefined) throw new Error(`${outcome.path}: unsafe HTML kept: ${unsafe}`)
  }
  if (warnings.some((line) => !line.includes(outcome.path))) throw new Error(`a warning does not name ${outcome.path}: ${warnings.join(' | ')}`)
  const longest = Math.max(0, ...words(html.replace(/<[^>]*>/g, ' ')).map((w) => w.length))
  if (longest > 40) throw new Error(`${outcome.path}: an indexed word is ${longest} characters long`)
  if (tally) tally[warnings.length > 0 ? 'changed' : 'built'] += 1
  return outcome
}
