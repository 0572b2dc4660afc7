import { describe, expect, it } from 'vitest'
import { resolveDeployEnv } from '../deploy/env.mjs'
import { previewBannerContent } from './banner'

const SHA = 'abc1234def5678abc1234def5678abc1234def56'

describe('previewBannerContent', () => {
  it('names the pull request and links to it when the repository is known', () => {
    const deploy = resolveDeployEnv({ PREVIEW_PR: '42', COMMIT_SHA: SHA, REPOSITORY: 'acme/pressroom', BRANCH: 'post/x' })
    expect(previewBannerContent(deploy)).toEqual({ subject: 'PR #42', href: 'https://github.com/acme/pressroom/pull/42', commit: 'abc1234' })
  })

  it('names the branch, without a link, where no PR number exists', () => {
    const deploy = resolveDeployEnv({ CF_PAGES: '1', CF_PAGES_BRANCH: 'post/x', CF_PAGES_COMMIT_SHA: SHA })
    expect(previewBannerContent(deploy)).toEqual({ subject: 'post/x', href: undefined, commit: 'abc1234' })
  })

  it('is absent on a production build', () => {
    expect(previewBannerContent(resolveDeployEnv({ COMMIT_SHA: SHA, BRANCH: 'main' }))).toBeUndefined()
  })
})
