import type { MetadataRoute } from 'next'
import { isPreview, siteUrl } from '@/lib/urls/paths'
import { robotsRules } from '@/lib/deploy/robots'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return robotsRules({ isPreview, siteUrl })
}
