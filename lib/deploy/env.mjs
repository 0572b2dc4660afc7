// @ts-check
/**
 * Deploy settings, resolved from the environment in one pure function. Plain JavaScript (type-checked
 * through JSDoc) because next.config.mjs needs it too, and Node 20 cannot import TypeScript.
 *
 * Our own variables win (BASE_PATH, SITE_URL, DEPLOY_ENV, PREVIEW_PR, COMMIT_SHA, BRANCH, REPOSITORY,
 * SHOW_DRAFTS); otherwise each host's own are read (lib/deploy/hosts.mjs). Every value is validated, so
 * a malformed one stops the build with a message instead of reaching a page.
 *
 * @typedef {import('./hosts.mjs').HostName} HostName
 * @typedef {import('./hosts.mjs').Source} Source
 * @typedef {import('./values.mjs').Commit} Commit
 *
 * @typedef {object} DeployEnv
 * @property {HostName} host
 * @property {string} basePath      '' at the root, else '/a/b' (leading slash, no trailing slash)
 * @property {string | undefined} siteUrl   production URL, no trailing slash (undefined: the site config's)
 * @property {boolean} isPreview
 * @property {number | undefined} pr         only on previews
 * @property {Commit | undefined} commit
 * @property {string | undefined} branch
 * @property {string | undefined} repositoryUrl    e.g. https://github.com/owner/name
 * @property {string | undefined} pullRequestUrl   repositoryUrl/pull/N, when both are known
 * @property {boolean} showDrafts
 */
import { readHost, source } from './hosts.mjs'
import { isOn, normalizeBasePath, normalizeSiteUrl, parseBranch, parseCommit, parsePullRequest, parseRepository, present } from './values.mjs'

export { normalizeBasePath, normalizeSiteUrl } from './values.mjs'

/**
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {DeployEnv}
 */
export function resolveDeployEnv(env) {
  const host = readHost(env)
  const mode = deployMode(env.DEPLOY_ENV)
  const ownPr = parsePullRequest(env.PREVIEW_PR, 'PREVIEW_PR')
  if (mode === 'production' && ownPr !== undefined) {
    throw new Error(`PREVIEW_PR=${ownPr} asks for a preview but DEPLOY_ENV=production: unset one of them`)
  }
  const isPreview = mode === undefined ? ownPr !== undefined || host.preview : mode === 'preview'
  const pr = isPreview ? (ownPr ?? parseFrom(host.pr, parsePullRequest)) : undefined
  const siteSource = source(env, 'SITE_URL') ?? host.siteUrl
  const repositoryUrl = env.REPOSITORY?.trim()
    ? parseRepository(env.REPOSITORY, 'REPOSITORY')
    : host.repository && parseRepository(host.repository.value, host.repository.name, host.repositoryServer)
  return {
    host: host.host,
    basePath: normalizeBasePath(env.BASE_PATH ?? ''),
    siteUrl: siteSource && normalizeSiteUrl(siteSource.value, siteSource.name),
    isPreview,
    pr,
    commit: parseFrom(source(env, 'COMMIT_SHA') ?? host.commit, parseCommit),
    branch: parseFrom(source(env, 'BRANCH') ?? host.branch, parseBranch),
    repositoryUrl,
    pullRequestUrl: repositoryUrl !== undefined && pr !== undefined ? `${repositoryUrl}/pull/${pr}` : undefined,
    showDrafts: isOn(env.SHOW_DRAFTS),
  }
}

/**
 * @template T
 * @param {Source | undefined} from
 * @param {(raw: string, name: string) => T | undefined} parse
 * @returns {T | undefined}
 */
function parseFrom(from, parse) {
  return from && parse(from.value, from.name)
}

/**
 * @param {string | undefined} raw
 * @returns {'preview' | 'production' | undefined}
 */
function deployMode(raw) {
  const value = present(raw)
  if (value === undefined) return undefined
  if (value === 'preview' || value === 'production') return value
  throw new Error(`DEPLOY_ENV "${raw}" is not a deploy kind: use preview or production, or leave it unset`)
}
