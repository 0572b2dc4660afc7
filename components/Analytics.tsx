import { analyticsScripts } from '@/lib/features/services'
import { isPreview, withBasePath } from '@/lib/paths'
import { site } from '@/lib/site'

/** Path of the small GA4 start-up script (app/analytics/ga4.js): a file, so no inline script needs a hash. */
export const GA4_INIT_PATH = '/analytics/ga4.js'

/** The analytics `site.analytics` switches on, on every page of production; previews count nobody. */
export function Analytics() {
  if (isPreview) return null
  return analyticsScripts(site.analytics, withBasePath(GA4_INIT_PATH)).map((script) => <script key={script.src} src={script.src} async {...script.attributes} />)
}
