import { ga4Init } from '@/lib/features/services'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

/** GA4's start-up lines as a file of the site's own, so no page needs an inline script for them. */
export function GET() {
  return new Response(ga4Init(site.analytics), { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
}
