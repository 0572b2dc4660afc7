import type { MetadataRoute } from 'next'
import { pageHref } from '@/components/Pagination'
import { escapeXml } from '@/lib/feeds/xml'
import { absoluteUrl } from '@/lib/paths'
import { getAuthors, getPageCount, getPosts, getTags } from '@/lib/posts'

export const dynamic = 'force-static'

/** Every post, listing, tag and author page, on the production site; lastmod from the newest post shown. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  // By instant: ISO text would rank year 10000 (`+010000-…`) below 1970.
  const newest = (list: readonly { updated: string }[]) => list.reduce((max, p) => (Date.parse(p.updated) > Date.parse(max) ? p.updated : max), '1970-01-01T00:00:00.000Z')
  // Next writes `<loc>` as given, unescaped: a post named `a&b.md` would make the sitemap invalid XML.
  const entry = (path: string, list: readonly { updated: string }[]) => ({ url: escapeXml(absoluteUrl(path)), lastModified: newest(list) })
  return [
    ...Array.from({ length: getPageCount() }, (_, i) => entry(pageHref(i + 1), posts)),
    entry('/archive/', posts),
    entry('/tags/', posts),
    entry('/authors/', posts),
    ...posts.map((post) => entry(post.url, [post])),
    ...getTags().map((tag) => entry(`/tags/${tag.slug}/`, posts.filter((p) => p.tags.some((t) => t.slug === tag.slug)))),
    ...getAuthors().map((a) => entry(`/authors/${a.slug}/`, posts.filter((p) => p.authors.some((x) => x.slug === a.slug)))),
  ]
}
