import { describe, expect, it } from 'vitest'
import { baseRef, productionManifestUrl } from './base-ref.mjs'

describe('baseRef', () => {
  it('takes PREVIEW_BASE_REF first, then GitHub’s base branch, then origin/main', () => {
    expect(baseRef({ PREVIEW_BASE_REF: 'origin/trunk', GITHUB_BASE_REF: 'main' }, '/repo')).toEqual({ ref: 'origin/trunk', repo: '/repo', explicit: true })
    expect(baseRef({ GITHUB_BASE_REF: 'release' }, '/repo')).toEqual({ ref: 'origin/release', repo: '/repo', explicit: false })
    expect(baseRef({}, '/repo').ref).toBe('origin/main')
  })

  it('reads the base from another clone when PREVIEW_BASE_REPO names one', () => {
    expect(baseRef({ PREVIEW_BASE_REPO: '/tmp/fixture', PREVIEW_BASE_REF: 'abc1234' }, '/repo').repo).toBe('/tmp/fixture')
  })

  it('refuses a ref that git would read as an option or a range', () => {
    expect(() => baseRef({ PREVIEW_BASE_REF: '--upload-pack=x' }, '/repo')).toThrow(/PREVIEW_BASE_REF/)
    expect(() => baseRef({ PREVIEW_BASE_REF: 'main..evil' }, '/repo')).toThrow(/not a git ref/)
  })
})

describe('productionManifestUrl', () => {
  it('is under the production URL, base path included', () => {
    expect(productionManifestUrl('https://owner.github.io/blog')).toBe('https://owner.github.io/blog/_pressroom/manifest.json')
  })
})
