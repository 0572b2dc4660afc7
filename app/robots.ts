import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/paths'

export const dynamic = 'force-static'

/** Crawlers may read everything; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') }
}
