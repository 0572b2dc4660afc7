// @ts-check
/**
 * Validators for deploy values read from the environment. Each either returns a clean value or throws an
 * error naming the variable and the fix, so nothing malformed ever reaches a page.
 */

/** @param {string | undefined} value */
export function present(value) {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined
}

/** @param {string | undefined} value */
export function isOn(value) {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim())
}

/**
 * `pressroom/pr-preview/pr-42/` → `/pressroom/pr-preview/pr-42`; `/` and '' → ''.
 * @param {string} raw
 */
export function normalizeBasePath(raw) {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ''
  if (!/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed) || /(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" is not a URL path: use letters, digits, "-", "_", "." and "~" between slashes, e.g. /blog/pr-42`)
  }
  return `/${trimmed}`
}

/**
 * An absolute http(s) URL without trailing slash. A bare host name (as Vercel gives) gets https.
 * @param {string | undefined} raw
 * @param {string} name  the variable it came from, for the message
 * @returns {string | undefined}
 */
export function normalizeSiteUrl(raw, name = 'SITE_URL') {
  const value = present(raw)
  if (value === undefined) return undefined
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`
  let url
  try {
    url = new URL(withScheme)
  } catch {
    throw new Error(`${name} "${raw}" is not an absolute URL: write it as https://blog.example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} "${raw}" must use http or https`)
  if (url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(`${name} "${raw}" must be an origin with an optional path, without query, fragment or credentials`)
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

/**
 * @param {string | undefined} raw
 * @param {string} name
 * @returns {number | undefined}
 */
export function parsePullRequest(raw, name) {
  const value = present(raw)
  if (value === undefined) return undefined
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new Error(`${name} "${raw}" is not a pull request number: use digits only, e.g. 42`)
  return Number(value)
}

/**
 * @typedef {{ sha: string, short: string }} Commit
 * @param {string | undefined} raw
 * @param {string} name
 * @returns {Commit | undefined}
 */
export function parseCommit(raw, name) {
  const value = present(raw)
  if (value === undefined) return undefined
  if (!/^[0-9a-f]{7,64}$/i.test(value)) throw new Error(`${name} "${raw}" is not a commit SHA: use 7 to 64 hexadecimal digits`)
  const sha = value.toLowerCase()
  return { sha, short: sha.slice(0, 7) }
}

/**
 * Any branch name Git accepts (the rules of `git check-ref-format --branch`), so no real branch stops a
 * preview build: `fix(ci)`, `o'brien-fix` and `feature/über` included. The banner prints it as text, which
 * React escapes, so quotes and angle brackets are shown, never interpreted.
 * @param {string | undefined} raw
 * @param {string} name
 */
export function parseBranch(raw, name) {
  const value = present(raw)
  if (value === undefined) return undefined
  const problem = branchNameProblem(value)
  if (problem !== undefined) throw new Error(`${name} "${raw}" is not a branch name Git accepts: ${problem}`)
  return value
}

/**
 * Why Git would refuse `value` as a branch name, or undefined when it accepts it.
 * @param {string} value
 * @returns {string | undefined}
 */
export function branchNameProblem(value) {
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(value)) return 'it holds a space, a control character or one of ~ ^ : ? * [ \\'
  if (value.length > 255) return 'it is longer than 255 characters'
  if (value === '@' || value.includes('@{')) return 'it is "@" or holds "@{"'
  if (value.startsWith('-')) return 'it starts with "-"'
  if (value.includes('..') || value.includes('//')) return 'it holds ".." or "//"'
  if (value.startsWith('/') || value.endsWith('/') || value.endsWith('.')) return 'it starts with "/" or ends with "/" or "."'
  if (value.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) return 'a part between slashes starts with "." or ends with ".lock"'
  return undefined
}

/**
 * `owner/name` (on github.com) or `https://host/owner/name(.git)` → `https://host/owner/name`.
 * @param {string | undefined} raw
 * @param {string} name
 * @param {string} [server]  origin for the short form
 * @returns {string | undefined}
 */
export function parseRepository(raw, name, server = 'https://github.com') {
  const value = present(raw)
  if (value === undefined) return undefined
  const slug = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
  if (slug.test(value)) return `${normalizeSiteUrl(server, name)}/${value.replace(/\.git$/, '')}`
  // https://host/owner/name(.git) or git@host:owner/name(.git)
  const url = /^(?:https:\/\/|git@)([A-Za-z0-9.-]+(?::\d+)?)[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(value)
  if (url && url[2] !== undefined && slug.test(url[2])) return `https://${url[1]}/${url[2]}`
  throw new Error(`${name} "${raw}" is not a repository: write owner/name or https://github.com/owner/name`)
}
