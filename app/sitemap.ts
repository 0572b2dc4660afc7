import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/paths'
import { getAuthor, getAuthors, getPageCount, getPosts, getTag, getTags } from '@/lib/posts'
import { routes } from '@/lib/routes'

export const dynamic = 'force-static'

type Dated = { updated: string }

/** Every post, listing, tag and author page, on the production site; lastmod from the newest post shown. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  const newest = (list: readonly Dated[]) => list.reduce((max, p) => (p.updated > max ? p.updated : max), '1970-01-01T00:00:00.000Z')
  const entry = (path: string, list: readonly Dated[]) => ({ url: absoluteUrl(path), lastModified: newest(list) })
  return [
    ...Array.from({ length: getPageCount() }, (_, i) => entry(routes.listing(i + 1), posts)),
    entry(routes.archive(), posts),
    entry(routes.tags(), posts),
    entry(routes.authors(), posts),
    ...posts.map((post) => entry(routes.post(post), [post])),
    ...getTags().map((tag) => entry(routes.tag(tag.slug), getTag(tag.slug)?.posts ?? [])),
    ...getAuthors().map((a) => entry(routes.author(a.slug), getAuthor(a.slug)?.posts ?? [])),
  ]
}
