import { absoluteUrl } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'
import { sitemapEntries } from '@/lib/sitemap/entries'
import { newestOf, planSitemap, sitemapIndexXml, urlsetXml } from '@/lib/sitemap/xml'

export const dynamic = 'force-static'

/** The sitemap robots.txt names: every URL, or past the protocol's limit the index of `/sitemaps/` parts. */
export function GET() {
  const plan = planSitemap(sitemapEntries())
  const xml =
    plan.kind === 'urlset'
      ? urlsetXml(plan.entries)
      : sitemapIndexXml(plan.parts.map((part, i) => ({ url: absoluteUrl(routes.sitemapPart(i + 1)), lastModified: newestOf(part) })))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
