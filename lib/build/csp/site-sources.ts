/**
 * The origins this site's switched-on services need, from lib/site/index.ts, for the CSP writer (scripts/csp.mjs,
 * run with tsx so it can read the TypeScript config). Both go on every page: a document keeps the policy
 * it was loaded with through client-side navigation, so the home page must already allow the comments of
 * the post a reader clicks through to. Previews load no analytics, so they allow none.
 */
import { resolveDeployEnv } from '../../deploy/env.mjs'
import { DEFAULT_EMBED_ORIGINS } from '../../deploy/embed-origins.mjs'
import { analyticsSources, commentsSources, mergeSources, type Sources } from '../../features/services'
import { site } from '../../site'

/**
 * Embed origins an imported site adds (`site.embedOrigins` from content/site.json); the defaults are in
 * lib/build/csp/policy.mjs already, for every page, services or not.
 */
export function embedSources(origins: readonly string[]): Sources {
  const extra = origins.filter((origin) => !DEFAULT_EMBED_ORIGINS.includes(origin))
  return extra.length > 0 ? { 'script-src': extra, 'frame-src': extra } : {}
}

/** What every exported page of this build allows beyond 'self'. */
export function pageSources(isPreview: boolean): Sources {
  return mergeSources(isPreview ? {} : analyticsSources(site.analytics), commentsSources(site.comments), embedSources(site.embedOrigins))
}

/** Every origin any page may need: the host header is one policy for all pages, so it lists the union. */
export function headerSources(): Sources {
  return mergeSources(analyticsSources(site.analytics), commentsSources(site.comments), embedSources(site.embedOrigins))
}

export const buildIsPreview = () => resolveDeployEnv(process.env).isPreview
