import { notFound } from 'next/navigation'
import { routes } from '@/lib/urls/routes'
import { sitemapEntries } from '@/lib/sitemap/entries'
import { planSitemap, urlsetXml, type SitemapEntry } from '@/lib/sitemap/xml'

export const dynamic = 'force-static'
export const dynamicParams = false

/**
 * The parts `/sitemap.xml` indexes once the site passes the limit. Under it, `/sitemap.xml` lists every URL
 * itself and the one part repeats it, unreferenced: a static export needs a page for every dynamic route.
 */
function parts(): SitemapEntry[][] {
  const plan = planSitemap(sitemapEntries())
  return plan.kind === 'index' ? plan.parts : [plan.entries]
}

/** `/sitemaps/sitemap-N.xml`, from 1. */
export function generateStaticParams() {
  return parts().map((_, i) => ({ part: routes.sitemapPartFile(i + 1) }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params
  const found = parts().find((_, i) => routes.sitemapPartFile(i + 1) === part)
  if (!found) notFound()
  return new Response(urlsetXml(found), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
