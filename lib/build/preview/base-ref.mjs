// @ts-check
/**
 * Where a preview finds the content it is compared with, from the environment. Pure, so it is unit-tested.
 *
 * - `PREVIEW_BASE_REF`: a git ref or commit (this clone, or `PREVIEW_BASE_REPO`'s);
 *   on GitHub Actions `origin/$GITHUB_BASE_REF`; else `origin/main`.
 * - When the clone lacks that ref, the production site's manifest at `SITE_URL` + /_pressroom/manifest.json.
 *
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} cwd
 * @returns {{ ref: string, repo: string, explicit: boolean }}
 */
export function baseRef(env, cwd) {
  const own = env.PREVIEW_BASE_REF?.trim()
  const github = env.GITHUB_BASE_REF?.trim()
  const ref = own || (github ? `origin/${github}` : 'origin/main')
  if (!/^[A-Za-z0-9._/@^~-]+$/.test(ref) || ref.startsWith('-') || ref.includes('..')) {
    throw new Error(`PREVIEW_BASE_REF "${ref}" is not a git ref: use a branch such as origin/main or a commit SHA`)
  }
  return { ref, repo: env.PREVIEW_BASE_REPO?.trim() || cwd, explicit: Boolean(own) }
}

/**
 * @param {string} siteUrl  production URL without trailing slash
 */
export function productionManifestUrl(siteUrl) {
  return `${siteUrl}/_pressroom/manifest.json`
}
