/**
 * Third-party services the site can switch on in content/site.json, and what each needs from the page's
 * Content-Security-Policy. Pure: the pages render from these, and the CSP writer (scripts/csp.mjs, run
 * with tsx after the build) lists exactly these origins, so the two cannot disagree.
 */

/** giscus: comments stored in the repository's GitHub Discussions. The values come from giscus.app's form. */
export type GiscusConfig = {
  provider: 'giscus'
  /** owner/name of a public repository with Discussions and the giscus app installed. */
  repo: string
  repoId: string
  category: string
  categoryId: string
  /** Where giscus is served from; `https://giscus.app` unless you host it yourself. */
  origin?: string
}

export type AnalyticsConfig = {
  /** Plausible: the site's domain as registered there; `src` for a self-hosted script. */
  plausible?: { domain: string; src?: string }
  /** Umami: the website id; `src` for a self-hosted script (default Umami Cloud). */
  umami?: { websiteId: string; src?: string }
  /** Google Analytics 4: the measurement id, G-XXXXXXX. */
  ga4?: { measurementId: string }
}

export const DIRECTIVES = ['script-src', 'connect-src', 'frame-src', 'img-src'] as const
export type Directive = (typeof DIRECTIVES)[number]
export type Sources = Partial<Record<Directive, string[]>>

export const GISCUS_ORIGIN = 'https://giscus.app'
export const PLAUSIBLE_SRC = 'https://plausible.io/js/script.js'
export const UMAMI_SRC = 'https://cloud.umami.is/script.js'
export const GA4_ORIGIN = 'https://www.googletagmanager.com'

export function giscusOrigin(config: GiscusConfig): string {
  return httpsOrigin(config.origin ?? GISCUS_ORIGIN, 'comments.origin')
}

/** The script tags analytics adds to every page, in order. */
export type AnalyticsScript = { src: string; attributes: Record<string, string> }

export function analyticsScripts(config: AnalyticsConfig | undefined, ga4InitSrc: string): AnalyticsScript[] {
  if (!config) return []
  const scripts: AnalyticsScript[] = []
  if (config.plausible) {
    scripts.push({ src: checkedUrl(config.plausible.src ?? PLAUSIBLE_SRC, 'analytics.plausible.src'), attributes: { 'data-domain': config.plausible.domain } })
  }
  if (config.umami) {
    scripts.push({ src: checkedUrl(config.umami.src ?? UMAMI_SRC, 'analytics.umami.src'), attributes: { 'data-website-id': config.umami.websiteId } })
  }
  if (config.ga4) {
    const id = config.ga4.measurementId
    if (!/^G-[A-Z0-9]{4,}$/.test(id)) throw new Error(`content/site.json: analytics.ga4.measurementId "${id}" is not a GA4 id. Fix: copy the G-XXXXXXX id from the GA4 data stream`)
    scripts.push({ src: `${GA4_ORIGIN}/gtag/js?id=${id}`, attributes: {} }, { src: ga4InitSrc, attributes: {} })
  }
  return scripts
}

/** What analytics needs on every page: its script's origin, and where it sends page views. */
export function analyticsSources(config: AnalyticsConfig | undefined): Sources {
  if (!config) return {}
  const script: string[] = []
  const connect: string[] = []
  if (config.plausible) {
    const origin = new URL(checkedUrl(config.plausible.src ?? PLAUSIBLE_SRC, 'analytics.plausible.src')).origin
    script.push(origin)
    connect.push(origin)
  }
  if (config.umami) {
    const origin = new URL(checkedUrl(config.umami.src ?? UMAMI_SRC, 'analytics.umami.src')).origin
    script.push(origin)
    connect.push(origin)
  }
  if (config.ga4) {
    // Google's own list for GA4 without Google Signals (developers.google.com/tag-platform/security/guides/csp).
    script.push(GA4_ORIGIN)
    connect.push('https://*.google-analytics.com', 'https://*.analytics.google.com', GA4_ORIGIN)
  }
  return script.length === 0 ? {} : { 'script-src': unique(script), 'connect-src': unique(connect) }
}

/** What comments need on the pages that show them: giscus's script and its iframe. */
export function commentsSources(config: GiscusConfig | undefined): Sources {
  if (!config) return {}
  const origin = giscusOrigin(config)
  return { 'script-src': [origin], 'frame-src': [origin] }
}

export function mergeSources(...all: Sources[]): Sources {
  const merged: Sources = {}
  for (const sources of all) {
    for (const name of DIRECTIVES) {
      const values = sources[name]
      if (values) merged[name] = unique([...(merged[name] ?? []), ...values])
    }
  }
  return merged
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

function checkedUrl(value: string, setting: string): string {
  httpsOrigin(value, setting)
  return value
}

function httpsOrigin(value: string, setting: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || url.protocol !== 'https:') throw new Error(`content/site.json: ${setting} "${value}" is not an https URL. Fix: write it in full, starting with https://`)
  return url.origin
}

/** The lines gtag.js expects before it runs, or a note that GA4 is off. */
export function ga4Init(config: AnalyticsConfig | undefined): string {
  const id = config?.ga4?.measurementId
  if (!id) return '// Google Analytics is off: set analytics.ga4 in content/site.json.\n'
  return `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config',${JSON.stringify(id)});\n`
}
