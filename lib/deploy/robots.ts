import type { MetadataRoute } from 'next'
import { routes } from '../urls/routes'

/**
 * Previews disallow everything; production allows everything and names the sitemap on the production
 * site URL (the sitemap route itself lives at `<siteUrl>/sitemap.xml`).
 */
export function robotsRules({ isPreview, siteUrl }: { isPreview: boolean; siteUrl: string }): MetadataRoute.Robots {
  if (isPreview) return { rules: { userAgent: '*', disallow: '/' } }
  return { rules: { userAgent: '*', allow: '/' }, sitemap: siteUrl + routes.sitemap() }
}
