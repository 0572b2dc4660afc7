import { notFound } from 'next/navigation'
import { routes } from '@/lib/routes'
import { sitemapEntries } from '@/lib/sitemap/entries'
import { planSitemap, urlsetXml, type SitemapEntry } from '@/lib/sitemap/xml'

export const dynamic = 'force-static'
export const dynamicParams = false

function parts(): SitemapEntry[][] {
  const plan = planSitemap(sitemapEntries())
  return plan.kind === 'index' ? plan.parts : []
}

/** `/sitemaps/sitemap-N.xml`, only when the sitemap is split: under the limit there is none. */
export function generateStaticParams() {
  return parts().map((_, i) => ({ part: routes.sitemapPartFile(i + 1) }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params
  const found = parts().find((_, i) => routes.sitemapPartFile(i + 1) === part)
  if (!found) notFound()
  return new Response(urlsetXml(found), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
