/**
 * The origins this site's switched-on services need, from lib/site.ts, for the CSP writer (scripts/csp.mjs,
 * run with tsx so it can read the TypeScript config). Analytics needs its origins on every production
 * page; comments only on pages that show them, which say so with the marker below.
 */
import { resolveDeployEnv } from '../../lib/deploy.mjs'
import { analyticsSources, commentsSources, mergeSources, type Sources } from '../../lib/features/services'
import { site } from '../../lib/site'

/** Written by components/PostComments on the comments section. */
export const COMMENTS_MARKER = 'data-csp-feature="comments"'

/** What one exported page needs beyond 'self'. Previews load no analytics, so they allow none. */
export function pageSources(html: string, isPreview: boolean): Sources {
  return mergeSources(isPreview ? {} : analyticsSources(site.analytics), html.includes(COMMENTS_MARKER) ? commentsSources(site.comments) : {})
}

/** Every origin any page may need: the host header is one policy for all pages, so it lists the union. */
export function headerSources(): Sources {
  return mergeSources(analyticsSources(site.analytics), commentsSources(site.comments))
}

export const buildIsPreview = () => resolveDeployEnv(process.env).isPreview
