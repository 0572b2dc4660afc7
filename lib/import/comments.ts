import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { walkFiles } from '../files/walk.mjs'

/** The comments system the old site used, and the steps that bring its threads to giscus (GitHub Discussions). */
export type OldComments = { system: string; steps: string[] }

const SYSTEMS: { system: string; config: (c: Record<string, unknown>) => boolean; markup: RegExp }[] = [
  { system: 'Disqus', config: (c) => has(c.disqus) || has(c.disqus_shortname) || provider(c) === 'disqus', markup: /disqus\.com\/(embed|count)\.js|disqus_thread/ },
  { system: 'utterances', config: (c) => provider(c) === 'utterances', markup: /utteranc\.es\/client\.js/ },
  { system: 'giscus', config: (c) => provider(c) === 'giscus', markup: /giscus\.app\/client\.js/ },
  { system: 'Staticman', config: (c) => has(c.staticman) || provider(c) === 'staticman', markup: /staticman/i },
]

export function oldComments(source: string, config: Record<string, unknown>): OldComments | undefined {
  const markup = ['_includes', '_layouts'].flatMap((dir) => files(join(source, dir))).map((file) => readFileSync(file, 'utf8')).join('\n')
  const found = SYSTEMS.find((s) => s.config(config) || s.markup.test(markup))
  if (!found) return undefined
  const giscus = 'Set up giscus for a GitHub Discussions category (https://giscus.app) and put its ids in content/site.json `comments` (repo, repoId, category, categoryId). Each post\'s thread is keyed by the URL the old site served it at, or its `disqus_identifier`, with giscus\'s "specific" mapping.'
  const steps: Record<string, string[]> = {
    Disqus: [
      'Export the comments from Disqus (Admin → Moderation → Export) to get the XML of every thread, keyed by its identifier and URL.',
      giscus,
      'Create one discussion per thread in that category, titled with the key above (the post\'s old URL path, or its `disqus_identifier`), and add the old comments to it; a script over the export and GitHub\'s GraphQL API (`createDiscussion`, `addDiscussionComment`) does it. No Disqus script is embedded in the new site.',
    ],
    utterances: ['utterances keeps issues titled by pathname: move them to Discussions (GitHub: an issue\'s "Convert to discussion"), then:', giscus],
    giscus: ['giscus threads are discussions already: keep the same repository and category.', giscus],
    Staticman: ['Staticman kept comments as data files in the repository (`_data/comments/`): they are copied to content/_data/ but not shown.', giscus],
  }
  return { system: found.system, steps: steps[found.system] ?? [giscus] }
}

function has(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== ''
}

function provider(config: Record<string, unknown>): string | undefined {
  const comments = config.comments
  const value: unknown = typeof comments === 'object' && comments !== null ? Reflect.get(comments, 'provider') : undefined
  return typeof value === 'string' ? value.toLowerCase() : undefined
}

function files(dir: string): string[] {
  return [...walkFiles(dir)].map((file) => file.full).filter((file) => /\.(html|liquid)$/.test(file))
}
