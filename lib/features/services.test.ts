import { describe, expect, it } from 'vitest'
import { analyticsScripts, analyticsSources, commentsSources, ga4Init, mergeSources } from './services'

describe('analytics', () => {
  it('adds each provider configured, with its id, and GA4 with its start-up file', () => {
    const scripts = analyticsScripts({ plausible: { domain: 'blog.example.com' }, ga4: { measurementId: 'G-ABC123' } }, '/analytics/ga4.js')
    expect(scripts).toEqual([
      { src: 'https://plausible.io/js/script.js', attributes: { 'data-domain': 'blog.example.com' } },
      { src: 'https://www.googletagmanager.com/gtag/js?id=G-ABC123', attributes: {} },
      { src: '/analytics/ga4.js', attributes: {} },
    ])
  })

  it('adds nothing when none is configured', () => {
    expect(analyticsScripts(undefined, '/x.js')).toEqual([])
    expect(analyticsSources({})).toEqual({})
  })

  it('allows exactly the origins each provider loads from and reports to', () => {
    expect(analyticsSources({ umami: { websiteId: 'x', src: 'https://stats.example.com/u.js' } })).toEqual({
      'script-src': ['https://stats.example.com'],
      'connect-src': ['https://stats.example.com'],
    })
    expect(analyticsSources({ ga4: { measurementId: 'G-ABC123' } })['connect-src']).toContain('https://*.google-analytics.com')
  })

  it('refuses a malformed GA4 id and a non-https script, naming the setting', () => {
    expect(() => analyticsScripts({ ga4: { measurementId: 'UA-1234-1' } }, '/x.js')).toThrow(/analytics\.ga4\.measurementId/)
    expect(() => analyticsSources({ plausible: { domain: 'x', src: 'http://stats.example.com/p.js' } })).toThrow(/analytics\.plausible\.src/)
  })

  it('starts GA4 only when it has an id', () => {
    expect(ga4Init({ ga4: { measurementId: 'G-ABC123' } })).toContain(`gtag('config',"G-ABC123")`)
    expect(ga4Init(undefined)).toMatch(/^\/\/ Google Analytics is off/)
  })
})

describe('comments', () => {
  const giscus = { provider: 'giscus', repo: 'a/b', repoId: 'R', category: 'C', categoryId: 'DIC' } as const

  it("allow giscus's script and frame, or a self-hosted origin", () => {
    expect(commentsSources(giscus)).toEqual({ 'script-src': ['https://giscus.app'], 'frame-src': ['https://giscus.app'] })
    expect(commentsSources({ ...giscus, origin: 'https://comments.example.com/' })['frame-src']).toEqual(['https://comments.example.com'])
    expect(commentsSources(undefined)).toEqual({})
  })
})

describe('mergeSources', () => {
  it('joins directives without repeating an origin', () => {
    expect(mergeSources({ 'script-src': ['a'] }, { 'script-src': ['a', 'b'], 'frame-src': ['c'] })).toEqual({ 'script-src': ['a', 'b'], 'frame-src': ['c'] })
  })
})
