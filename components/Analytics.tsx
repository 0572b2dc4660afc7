import { analyticsScripts } from '@/lib/features/services'
import { isPreview, withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'

/** The analytics `site.analytics` switches on (GA4's start-up script is a file, app/analytics/ga4.js, so no inline script needs a hash), on every page of production; previews count nobody. */
export function Analytics() {
  if (isPreview) return null
  return analyticsScripts(site.analytics, withBasePath(routes.ga4Init())).map((script) => <script key={script.src} src={script.src} async {...script.attributes} />)
}
