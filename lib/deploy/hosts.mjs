// @ts-check
/**
 * What each hosting platform tells a build about itself, read from its own variables. Raw strings only:
 * lib/deploy/env.mjs validates them, naming the variable each came from.
 *
 * @typedef {{ name: string, value: string }} Source  a variable's name and its non-empty value
 * @typedef {'vercel' | 'netlify' | 'cloudflare-pages' | 'github-actions' | 'local'} HostName
 * @typedef {object} HostFacts
 * @property {HostName} host
 * @property {boolean} preview          true for a host's non-production deploys
 * @property {Source} [pr]
 * @property {Source} [commit]
 * @property {Source} [branch]
 * @property {Source} [repository]     owner/name or a repository URL
 * @property {string} [repositoryServer]  origin the owner/name form lives on
 * @property {Source} [siteUrl]        the production URL, when the host knows it
 *
 * @typedef {Readonly<Record<string, string | undefined>>} Env
 */

/**
 * @param {Env} env
 * @param {string} name
 * @returns {Source | undefined}
 */
export function source(env, name) {
  const value = env[name]?.trim()
  return value ? { name, value } : undefined
}

/**
 * @param {Env} env
 * @returns {HostFacts}
 */
export function readHost(env) {
  if (env.VERCEL === '1' || env.VERCEL_ENV) return vercel(env)
  if (env.NETLIFY === 'true') return netlify(env)
  if (env.CF_PAGES === '1') return cloudflarePages(env)
  // One CI job builds both shapes, so on GitHub Actions a preview is only ever asked for explicitly
  // (PREVIEW_PR or DEPLOY_ENV); the run still supplies commit, branch and repository.
  if (env.GITHUB_ACTIONS === 'true') {
    return {
      host: 'github-actions',
      preview: false,
      commit: source(env, 'GITHUB_SHA'),
      branch: source(env, 'GITHUB_HEAD_REF') ?? source(env, 'GITHUB_REF_NAME'),
      repository: source(env, 'GITHUB_REPOSITORY'),
      repositoryServer: env.GITHUB_SERVER_URL || undefined,
    }
  }
  return { host: 'local', preview: false }
}

/** @param {Env} env @returns {HostFacts} */
function vercel(env) {
  const owner = env.VERCEL_GIT_REPO_OWNER?.trim()
  const slug = env.VERCEL_GIT_REPO_SLUG?.trim()
  return {
    host: 'vercel',
    // `development` is `vercel dev`; only `production` is the public site.
    preview: env.VERCEL_ENV !== 'production',
    // Empty when the branch was pushed before its pull request was opened.
    pr: source(env, 'VERCEL_GIT_PULL_REQUEST_ID'),
    commit: source(env, 'VERCEL_GIT_COMMIT_SHA'),
    branch: source(env, 'VERCEL_GIT_COMMIT_REF'),
    repository: env.VERCEL_GIT_PROVIDER === 'github' && owner && slug ? { name: 'VERCEL_GIT_REPO_OWNER/VERCEL_GIT_REPO_SLUG', value: `${owner}/${slug}` } : undefined,
    siteUrl: source(env, 'VERCEL_PROJECT_PRODUCTION_URL'),
  }
}

/** @param {Env} env @returns {HostFacts} */
function netlify(env) {
  const repository = source(env, 'REPOSITORY_URL')
  return {
    host: 'netlify',
    preview: env.CONTEXT !== 'production',
    pr: env.CONTEXT === 'deploy-preview' ? source(env, 'REVIEW_ID') : undefined,
    commit: source(env, 'COMMIT_REF'),
    branch: source(env, 'HEAD'),
    // Pull request links are GitHub-shaped; other forges get no link rather than a wrong one.
    repository: repository && /github\.com[/:]/.test(repository.value) ? repository : undefined,
    siteUrl: source(env, 'URL'),
  }
}

/** @param {Env} env @returns {HostFacts} */
function cloudflarePages(env) {
  const branch = source(env, 'CF_PAGES_BRANCH')
  // Pages does not say which deploy is production; the production branch is set in its dashboard,
  // so the build is told the same name (PRODUCTION_BRANCH, default main).
  const productionBranch = env.PRODUCTION_BRANCH?.trim() || 'main'
  return {
    host: 'cloudflare-pages',
    preview: branch?.value !== productionBranch,
    commit: source(env, 'CF_PAGES_COMMIT_SHA'),
    branch,
  }
}
