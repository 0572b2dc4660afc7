import type { MetadataRoute } from 'next'
import { pageHref } from '@/components/Pagination'
import { absoluteUrl } from '@/lib/paths'
import { getAuthors, getPageCount, getPages, getPosts, getTags } from '@/lib/posts'

export const dynamic = 'force-static'

/** Every post, listing, tag, author and stand-alone page (content/pages/, dated by the newest post), on the production site; lastmod from the newest post shown. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  const newest = (list: readonly { updated: string }[]) => list.reduce((max, p) => (p.updated > max ? p.updated : max), '1970-01-01T00:00:00.000Z')
  const entry = (path: string, list: readonly { updated: string }[]) => ({ url: absoluteUrl(path), lastModified: newest(list) })
  return [
    ...Array.from({ length: getPageCount() }, (_, i) => entry(pageHref(i + 1), posts)),
    entry('/archive/', posts),
    entry('/tags/', posts),
    entry('/authors/', posts),
    ...posts.map((post) => entry(post.url, [post])),
    ...getPages().map((page) => entry(page.url, posts)),
    ...getTags().map((tag) => entry(`/tags/${tag.slug}/`, posts.filter((p) => p.tags.some((t) => t.slug === tag.slug)))),
    ...getAuthors().map((a) => entry(`/authors/${a.slug}/`, posts.filter((p) => p.authors.some((x) => x.slug === a.slug)))),
  ]
}
