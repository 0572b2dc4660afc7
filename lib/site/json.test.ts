import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { siteConfigFrom } from './index'
import { parseSiteJson } from './json'

const OVERLAY = 'test/site-features.json'
const overlay = () => parseSiteJson(readFileSync(new URL(`../../${OVERLAY}`, import.meta.url), 'utf8'), OVERLAY)

describe('content/site.json', () => {
  it('overrides the defaults it names and keeps the rest', () => {
    const site = siteConfigFrom(parseSiteJson('{"title":"Old blog","timezone":"UTC","frontMatterKeys":{"version":"string"},"url":"https://x.org/"}'))
    expect(site).toMatchObject({ title: 'Old blog', timeZone: 'UTC', frontMatterKeys: { version: 'string' }, url: 'https://x.org', postsPerPage: 10 })
    expect(siteConfigFrom({}).permalink).toBe('/:year/:month/:day/:title/')
  })
  it('stops on a malformed field, naming it', () => {
    expect(() => parseSiteJson('{"future":"yes"}')).toThrow('content/site.json: field "future"')
    expect(() => parseSiteJson('{"frontMatterKeys":{"v":"text"}}')).toThrow('field "frontMatterKeys.v"')
    expect(() => parseSiteJson('{"embedOrigins":["http://x.org"]}')).toThrow('not an https origin')
    expect(() => parseSiteJson('nope')).toThrow('not valid JSON')
  })
})

describe('blog features in the site config', () => {
  it('ship with no third-party service, math or diagrams switched on', () => {
    const site = siteConfigFrom()
    expect(site.comments).toBeUndefined()
    expect(site.analytics).toBeUndefined()
    expect(site).toMatchObject({ math: false, diagrams: false, social: { rss: true } })
    expect(Object.keys(site.social)).toEqual(['rss'])
  })
  it('are switched on by a layer, later layers winning and social links merging', () => {
    const site = siteConfigFrom(parseSiteJson('{"title":"Old blog","social":{"linkedin":"https://www.linkedin.com/company/x"},"math":false}'), overlay())
    expect(site).toMatchObject({ title: 'Old blog', math: true, diagrams: true, comments: { provider: 'giscus', repo: 'pressroom-example/pressroom' } })
    expect(site.analytics).toEqual({ plausible: { domain: 'pressroom.example.com' }, umami: { websiteId: '5e0c3a4b-0000-4000-8000-000000000000' }, ga4: { measurementId: 'G-PRESSROOM1' } })
    expect(site.social).toEqual({ rss: true, linkedin: 'https://www.linkedin.com/company/x', github: 'https://github.com/pressroom-example', mastodon: 'https://hachyderm.io/@pressroom' })
    expect(siteConfigFrom(overlay(), parseSiteJson('{"math":false}')).math).toBe(false)
  })
  it('stop on a malformed feature, naming the file and the field', () => {
    expect(() => parseSiteJson('{"comments":{"provider":"disqus"}}', OVERLAY)).toThrow(`${OVERLAY}: field "comments.provider"`)
    expect(() => parseSiteJson('{"comments":{"provider":"giscus","repo":"a/b","repoId":"R","category":"C"}}')).toThrow('field "comments.categoryId"')
    expect(() => parseSiteJson('{"analytics":{"matomo":{}}}')).toThrow('field "analytics.matomo"')
    expect(() => parseSiteJson('{"analytics":{"plausible":{}}}')).toThrow('field "analytics.plausible.domain"')
    expect(() => parseSiteJson('{"navigation":[{"href":"about/","label":"About"}]}')).toThrow('field "navigation[0]"')
    expect(() => parseSiteJson('{"social":{"facebook":"https://facebook.com/x"}}')).toThrow('field "social.facebook"')
    expect(() => parseSiteJson('{"math":"yes"}')).toThrow('field "math"')
  })
})
