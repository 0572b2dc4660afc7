import { describe, expect, it } from 'vitest'
import { robotsRules } from './robots'

describe('robotsRules', () => {
  it('disallows everything on a preview and names no sitemap', () => {
    expect(robotsRules({ isPreview: true, siteUrl: 'https://blog.acme.dev' })).toEqual({ rules: { userAgent: '*', disallow: '/' } })
  })

  it('allows everything in production and points at the production sitemap', () => {
    expect(robotsRules({ isPreview: false, siteUrl: 'https://acme.github.io/pressroom' })).toEqual({
      rules: { userAgent: '*', allow: '/' },
      sitemap: 'https://acme.github.io/pressroom/sitemap.xml',
    })
  })
})
