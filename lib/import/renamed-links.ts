import type { FoundPost } from './read-posts'

/**
 * `{% post_url %}` and `{% link %}` name a post by its file: when the import renames one, the tags that name it
 * are pointed at the new name, so each still links to the post (whose URL the rename keeps).
 */
export type Rename = { from: string; to: string }

/** Old Jekyll path → new one (`_posts/a b.md` → `_posts/a-b.md`), for every renamed post. */
export function renamedPosts(posts: readonly Pick<FoundPost, 'rel' | 'draft' | 'post'>[]): Rename[] {
  return posts.flatMap(({ rel, draft, post }) => {
    if (draft) return []
    const to = post.dest.replace(/^posts\/(?:(.+)\/_posts\/)?/, (_, above: string | undefined) => (above === undefined ? '_posts/' : `${above}/_posts/`))
    return to === rel ? [] : [{ from: rel, to }]
  })
}

const TAG = /(\{%-?\s*)(post_url|link)(\s+)([^%{}]*?)(\s*-?%\})/g

export function rewriteLinks(text: string, renames: readonly Rename[]): string {
  if (renames.length === 0) return text
  return text.replace(TAG, (whole: string, open: string, tag: string, space: string, arg: string, close: string) => {
    const target = tag === 'link' ? linkTarget(arg, renames) : postUrlTarget(arg, renames)
    return target === undefined ? whole : `${open}${tag}${space}${target}${close}`
  })
}

function linkTarget(arg: string, renames: readonly Rename[]): string | undefined {
  const slash = arg.startsWith('/') ? '/' : ''
  const found = renames.find((r) => r.from === arg.slice(slash.length))
  return found === undefined ? undefined : `${slash}${found.to}`
}

/**
 * `2010-07-21-name`, `sub/2010-07-21-name` (below `_posts/`) or `en/news/2010-07-21-name` (above it): how
 * post_url names a post, by its path without `_posts` and extension (Jekyll's PostComparer).
 */
function postUrlTarget(arg: string, renames: readonly Rename[]): string | undefined {
  const named = (path: string) => path.replace(/^(?:(.*)\/)?_posts\/(.*)\.[^./]+$/, (_, above: string | undefined, below: string) => `${above === undefined ? '' : `${above}/`}${below}`)
  const last = (path: string) => path.split('/').pop() ?? path
  const wanted = arg.replace(/^\/+/, '')
  const found = renames.find((r) => (wanted.includes('/') ? named(r.from) === wanted : last(named(r.from)) === wanted))
  if (found === undefined) return undefined
  return wanted.includes('/') ? named(found.to) : last(named(found.to))
}
