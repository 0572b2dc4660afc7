// @ts-check
/**
 * Deploy settings, resolved from the environment in one pure function. Plain JavaScript (type-checked
 * through JSDoc) because next.config.mjs needs it too, and Node 20 cannot import TypeScript.
 *
 * @typedef {object} DeployEnv
 * @property {string} basePath      '' at the root, else '/a/b' (leading slash, no trailing slash)
 * @property {string | undefined} siteUrl   production origin override, no trailing slash
 * @property {boolean} showDrafts
 */

/**
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {DeployEnv}
 */
export function resolveDeployEnv(env) {
  return {
    basePath: normalizeBasePath(env.BASE_PATH ?? ''),
    siteUrl: normalizeSiteUrl(env.SITE_URL),
    showDrafts: isOn(env.SHOW_DRAFTS),
  }
}

/**
 * `pressroom/pr-preview/pr-42/` → `/pressroom/pr-preview/pr-42`; `/` and '' → ''.
 * @param {string} raw
 */
export function normalizeBasePath(raw) {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ''
  if (!/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" is not a URL path: use letters, digits, "-", "_", "." and "~" between slashes, e.g. /blog/pr-42`)
  }
  return `/${trimmed}`
}

/**
 * @param {string | undefined} raw
 * @returns {string | undefined}
 */
export function normalizeSiteUrl(raw) {
  if (raw === undefined || raw.trim() === '') return undefined
  let url
  try {
    url = new URL(raw.trim())
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL: write it as https://blog.example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must use http or https`)
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

/** @param {string | undefined} value */
function isOn(value) {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim())
}
