import type { MetadataRoute } from 'next'
import { escapeXml } from '@/lib/feeds/xml'
import { absoluteUrl } from '@/lib/paths'
import { getAuthor, getAuthors, getPageCount, getPages, getPosts, getTag, getTags } from '@/lib/posts'
import { routes } from '@/lib/routes'

export const dynamic = 'force-static'

type Dated = { updated: string }

/** Every post, listing, tag, author and stand-alone page (content/pages/, dated by the newest post), on the production site; lastmod from the newest post shown. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  // By instant: ISO text would rank year 10000 (`+010000-…`) below 1970.
  const newest = (list: readonly Dated[]) => list.reduce((max, p) => (Date.parse(p.updated) > Date.parse(max) ? p.updated : max), '1970-01-01T00:00:00.000Z')
  // Next writes `<loc>` as given, unescaped: a post named `a&b.md` would make the sitemap invalid XML.
  const entry = (path: string, list: readonly Dated[]) => ({ url: escapeXml(absoluteUrl(path)), lastModified: newest(list) })
  return [
    ...Array.from({ length: getPageCount() }, (_, i) => entry(routes.listing(i + 1), posts)),
    entry(routes.archive(), posts),
    entry(routes.tags(), posts),
    entry(routes.authors(), posts),
    ...posts.map((post) => entry(routes.post(post), [post])),
    ...getPages().map((page) => entry(routes.page(page), posts)),
    ...getTags().map((tag) => entry(routes.tag(tag.slug), getTag(tag.slug)?.posts ?? [])),
    ...getAuthors().map((a) => entry(routes.author(a.slug), getAuthor(a.slug)?.posts ?? [])),
  ]
}
