// @ts-check
/**
 * The checks the publishing workflow makes before a preview goes live, as pure functions (the workflow
 * calls them through publish-guard-cli.mjs). The PR number comes from the pull request's own run, so it is
 * only trusted once GitHub confirms that pull request is open, in this repository, and at the built commit.
 */

/**
 * @param {string} text  contents of pr-number.txt
 * @returns {number}
 */
export function parsePrNumber(text) {
  const value = text.trim()
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new Error('pr-number.txt does not hold a pull request number')
  return Number(value)
}

/**
 * @typedef {{ state?: unknown, number?: unknown, head?: { sha?: unknown, repo?: { full_name?: unknown } | null }, base?: { repo?: { full_name?: unknown } } }} PullRequest
 * @param {{ pull: PullRequest, number: number, builtSha: string, builtRepository: string, repository: string }} facts
 *   `pull` is GitHub's answer for the PR; `builtSha`/`builtRepository` come from the workflow_run event.
 * @returns {{ problems: string[], fromFork: boolean }}
 */
export function publishProblems({ pull, number, builtSha, builtRepository, repository }) {
  /** @type {string[]} */
  const problems = []
  if (pull.number !== number) problems.push(`GitHub answered for pull request ${String(pull.number)}, not ${number}`)
  if (pull.state !== 'open') problems.push(`pull request ${number} is ${String(pull.state)}, not open: its preview was or will be removed`)
  const head = pull.head?.sha
  if (head !== builtSha) problems.push(`pull request ${number} is at ${String(head)}, not at the built commit ${builtSha}: a newer push will publish its own preview`)
  const headRepository = pull.head?.repo?.full_name
  if (headRepository !== builtRepository) problems.push(`pull request ${number} comes from ${String(headRepository)}, but the build ran for ${builtRepository}`)
  if (pull.base?.repo?.full_name !== repository) problems.push(`pull request ${number} does not target ${repository}`)
  return { problems, fromFork: builtRepository !== repository }
}

/**
 * GitHub creates an environment that a job names but that does not exist yet, with no protection: a fork's
 * preview would then publish unreviewed. So before waiting for approval the workflow reads the environment
 * (`gh api repos/R/environments/fork-preview`) and refuses unless it requires reviewers.
 * @param {unknown} environment  GitHub's answer, or undefined when it has none
 * @param {string} name
 * @returns {string[]}
 */
export function environmentProblems(environment, name) {
  const rules = typeof environment === 'object' && environment !== null && 'protection_rules' in environment ? environment.protection_rules : undefined
  const reviewers = Array.isArray(rules) ? rules.find((rule) => typeof rule === 'object' && rule !== null && rule.type === 'required_reviewers') : undefined
  const count = reviewers && Array.isArray(reviewers.reviewers) ? reviewers.reviewers.length : 0
  if (count > 0) return []
  return [`the ${name} environment has no required reviewers, so a fork's preview would publish unreviewed. Fix: Settings → Environments → ${name} → Required reviewers`]
}
