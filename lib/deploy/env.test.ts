import { describe, expect, it } from 'vitest'
import { resolveDeployEnv } from './env.mjs'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const SHA2 = 'fedcba9876543210fedcba9876543210fedcba98'

/** Each host's variables as its build sees them (trimmed to the ones that matter). */
const fixtures = {
  vercelPreviewWithPr: {
    VERCEL: '1', VERCEL_ENV: 'preview', VERCEL_GIT_PULL_REQUEST_ID: '42', VERCEL_URL: 'pressroom-abc123.vercel.app',
    VERCEL_GIT_COMMIT_SHA: SHA, VERCEL_GIT_COMMIT_REF: 'post/new-release', VERCEL_GIT_PROVIDER: 'github',
    VERCEL_GIT_REPO_OWNER: 'acme', VERCEL_GIT_REPO_SLUG: 'pressroom', VERCEL_PROJECT_PRODUCTION_URL: 'blog.acme.dev',
  },
  vercelPreviewBeforePr: {
    VERCEL: '1', VERCEL_ENV: 'preview', VERCEL_GIT_PULL_REQUEST_ID: '', VERCEL_GIT_COMMIT_SHA: SHA, VERCEL_GIT_COMMIT_REF: 'draft-post',
  },
  vercelProduction: {
    VERCEL: '1', VERCEL_ENV: 'production', VERCEL_GIT_PULL_REQUEST_ID: '', VERCEL_GIT_COMMIT_SHA: SHA, VERCEL_GIT_COMMIT_REF: 'main',
    VERCEL_PROJECT_PRODUCTION_URL: 'blog.acme.dev',
  },
  netlifyDeployPreview: {
    NETLIFY: 'true', CONTEXT: 'deploy-preview', REVIEW_ID: '7', PULL_REQUEST: 'true', COMMIT_REF: SHA, HEAD: 'post/x',
    URL: 'https://blog.acme.dev', DEPLOY_PRIME_URL: 'https://deploy-preview-7--acme.netlify.app', REPOSITORY_URL: 'https://github.com/acme/pressroom',
  },
  netlifyBranchDeploy: {
    NETLIFY: 'true', CONTEXT: 'branch-deploy', REVIEW_ID: '', COMMIT_REF: SHA, HEAD: 'staging', URL: 'https://blog.acme.dev',
  },
  netlifyProduction: { NETLIFY: 'true', CONTEXT: 'production', COMMIT_REF: SHA, HEAD: 'main', URL: 'https://blog.acme.dev/' },
  cfPreview: { CF_PAGES: '1', CF_PAGES_BRANCH: 'post/x', CF_PAGES_COMMIT_SHA: SHA, CF_PAGES_URL: 'https://abc.pressroom.pages.dev' },
  cfProduction: { CF_PAGES: '1', CF_PAGES_BRANCH: 'main', CF_PAGES_COMMIT_SHA: SHA, CF_PAGES_URL: 'https://def.pressroom.pages.dev' },
  githubActionsPullRequest: {
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge',
    GITHUB_HEAD_REF: 'post/x', GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/pressroom', GITHUB_SERVER_URL: 'https://github.com',
  },
} satisfies Record<string, Record<string, string>>

describe('resolveDeployEnv on a developer machine', () => {
  it('is a production build at the root with nothing set', () => {
    expect(resolveDeployEnv({})).toEqual({
      host: 'local', basePath: '', siteUrl: undefined, isPreview: false, pr: undefined, commit: undefined,
      branch: undefined, repositoryUrl: undefined, pullRequestUrl: undefined, showDrafts: false,
    })
  })

  it('builds a GitHub Pages preview from our own variables', () => {
    const deploy = resolveDeployEnv({
      BASE_PATH: 'pressroom/pr-preview/pr-42/', PREVIEW_PR: '42', COMMIT_SHA: SHA.toUpperCase(), REPOSITORY: 'acme/pressroom',
      SITE_URL: 'https://acme.github.io/pressroom/', SHOW_DRAFTS: '1',
    })
    expect(deploy).toMatchObject({
      basePath: '/pressroom/pr-preview/pr-42', siteUrl: 'https://acme.github.io/pressroom', isPreview: true, pr: 42,
      commit: { sha: SHA, short: '0123456' }, repositoryUrl: 'https://github.com/acme/pressroom',
      pullRequestUrl: 'https://github.com/acme/pressroom/pull/42', showDrafts: true,
    })
  })
})

describe('resolveDeployEnv on Vercel', () => {
  it('reads a preview with its pull request', () => {
    expect(resolveDeployEnv(fixtures.vercelPreviewWithPr)).toMatchObject({
      host: 'vercel', isPreview: true, pr: 42, branch: 'post/new-release', commit: { short: '0123456' },
      siteUrl: 'https://blog.acme.dev', pullRequestUrl: 'https://github.com/acme/pressroom/pull/42',
    })
  })

  it('reads a preview pushed before its pull request opened: no number, the branch instead', () => {
    expect(resolveDeployEnv(fixtures.vercelPreviewBeforePr)).toMatchObject({ isPreview: true, pr: undefined, branch: 'draft-post', pullRequestUrl: undefined })
  })

  it('reads production', () => {
    expect(resolveDeployEnv(fixtures.vercelProduction)).toMatchObject({ isPreview: false, pr: undefined, siteUrl: 'https://blog.acme.dev' })
  })
})

describe('resolveDeployEnv on Netlify', () => {
  it('reads a deploy preview with its review id', () => {
    expect(resolveDeployEnv(fixtures.netlifyDeployPreview)).toMatchObject({
      host: 'netlify', isPreview: true, pr: 7, branch: 'post/x', siteUrl: 'https://blog.acme.dev',
      pullRequestUrl: 'https://github.com/acme/pressroom/pull/7',
    })
  })

  it('reads a branch deploy as a preview without a number', () => {
    expect(resolveDeployEnv(fixtures.netlifyBranchDeploy)).toMatchObject({ isPreview: true, pr: undefined, branch: 'staging' })
  })

  it('reads production and trims the site URL', () => {
    expect(resolveDeployEnv(fixtures.netlifyProduction)).toMatchObject({ isPreview: false, pr: undefined, siteUrl: 'https://blog.acme.dev' })
  })
})

describe('resolveDeployEnv on Cloudflare Pages', () => {
  it('reads a branch other than the production branch as a preview, without a number', () => {
    expect(resolveDeployEnv(fixtures.cfPreview)).toMatchObject({ host: 'cloudflare-pages', isPreview: true, pr: undefined, branch: 'post/x', siteUrl: undefined })
  })

  it('reads the production branch as production', () => {
    expect(resolveDeployEnv(fixtures.cfProduction)).toMatchObject({ isPreview: false, branch: 'main' })
  })

  it('follows PRODUCTION_BRANCH when the dashboard uses another one', () => {
    expect(resolveDeployEnv({ ...fixtures.cfProduction, PRODUCTION_BRANCH: 'release' })).toMatchObject({ isPreview: true })
  })
})

describe('resolveDeployEnv on GitHub Actions', () => {
  it('takes commit, branch and repository from the run but stays production unless asked', () => {
    expect(resolveDeployEnv(fixtures.githubActionsPullRequest)).toMatchObject({
      host: 'github-actions', isPreview: false, pr: undefined, branch: 'post/x', commit: { sha: SHA }, repositoryUrl: 'https://github.com/acme/pressroom',
    })
  })

  it('becomes a preview with PREVIEW_PR and links to the pull request', () => {
    expect(resolveDeployEnv({ ...fixtures.githubActionsPullRequest, PREVIEW_PR: '42' })).toMatchObject({
      isPreview: true, pr: 42, pullRequestUrl: 'https://github.com/acme/pressroom/pull/42',
    })
  })
})

describe('our own variables win over the host', () => {
  it('overrides commit, branch, PR, repository and site URL', () => {
    const deploy = resolveDeployEnv({
      ...fixtures.vercelPreviewWithPr, COMMIT_SHA: SHA2, BRANCH: 'mine', PREVIEW_PR: '9', REPOSITORY: 'https://github.com/other/blog.git', SITE_URL: 'https://other.dev',
    })
    expect(deploy).toMatchObject({
      pr: 9, branch: 'mine', commit: { short: 'fedcba9' }, siteUrl: 'https://other.dev', pullRequestUrl: 'https://github.com/other/blog/pull/9',
    })
  })

  it('DEPLOY_ENV=production turns a host preview into production, DEPLOY_ENV=preview the other way', () => {
    expect(resolveDeployEnv({ ...fixtures.vercelPreviewWithPr, DEPLOY_ENV: 'production' })).toMatchObject({ isPreview: false, pr: undefined })
    expect(resolveDeployEnv({ ...fixtures.netlifyProduction, DEPLOY_ENV: 'preview' })).toMatchObject({ isPreview: true, branch: 'main' })
  })

  it('shows drafts only when SHOW_DRAFTS asks', () => {
    expect(resolveDeployEnv({ ...fixtures.netlifyDeployPreview, SHOW_DRAFTS: 'true' }).showDrafts).toBe(true)
    expect(resolveDeployEnv({ ...fixtures.netlifyDeployPreview, SHOW_DRAFTS: '0' }).showDrafts).toBe(false)
  })
})

describe('malformed values are rejected with the variable and the fix', () => {
  it.each([
    [{ PREVIEW_PR: '42abc' }, /PREVIEW_PR "42abc" is not a pull request number/],
    [{ PREVIEW_PR: '<script>' }, /PREVIEW_PR .* digits only/],
    [{ ...fixtures.vercelPreviewWithPr, VERCEL_GIT_PULL_REQUEST_ID: '4 2' }, /VERCEL_GIT_PULL_REQUEST_ID/],
    [{ ...fixtures.netlifyDeployPreview, REVIEW_ID: '-1' }, /REVIEW_ID "-1"/],
    [{ COMMIT_SHA: 'not-a-sha' }, /COMMIT_SHA "not-a-sha" is not a commit SHA/],
    [{ ...fixtures.cfPreview, CF_PAGES_COMMIT_SHA: 'abc' }, /CF_PAGES_COMMIT_SHA/],
    [{ BASE_PATH: '/pr preview' }, /BASE_PATH "\/pr preview" is not a URL path/],
    [{ BASE_PATH: '/a/../b' }, /BASE_PATH/],
    [{ BASE_PATH: 'https://x.dev/blog' }, /BASE_PATH/],
    [{ SITE_URL: 'blog example' }, /SITE_URL "blog example" is not an absolute URL/],
    [{ SITE_URL: 'ftp://blog.example.com' }, /must use http or https/],
    [{ BRANCH: 'feat"><img src=x>' }, /BRANCH .* is not a branch name Git accepts: it holds a space/],
    [{ REPOSITORY: 'not a repo' }, /REPOSITORY "not a repo" is not a repository/],
    [{ DEPLOY_ENV: 'staging' }, /DEPLOY_ENV "staging"/],
    [{ DEPLOY_ENV: 'production', PREVIEW_PR: '3' }, /PREVIEW_PR=3 asks for a preview but DEPLOY_ENV=production/],
  ])('%j', (env, message) => {
    expect(() => resolveDeployEnv(env)).toThrow(message)
  })

  it('ignores a malformed host PR number on a production build, where it is never shown', () => {
    expect(resolveDeployEnv({ ...fixtures.vercelProduction, VERCEL_GIT_PULL_REQUEST_ID: 'x' }).pr).toBeUndefined()
  })
})
