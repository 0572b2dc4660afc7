import type { DeployEnv } from '../deploy/env.mjs'

/** What the preview banner says: "Preview · PR #42 · abc1234", the branch where no PR number exists. */
export type PreviewBannerContent = {
  /** "PR #42" or the branch name; undefined when the host told neither. */
  subject: string | undefined
  /** The pull request, when the repository is known. */
  href: string | undefined
  commit: string | undefined
}

export function previewBannerContent(deploy: DeployEnv): PreviewBannerContent | undefined {
  if (!deploy.isPreview) return undefined
  return {
    subject: deploy.pr !== undefined ? `PR #${deploy.pr}` : deploy.branch,
    href: deploy.pullRequestUrl,
    commit: deploy.commit?.short,
  }
}
