import { describe, expect, it } from 'vitest'
import { siteConfigFrom } from './site'
import { parseSiteJson } from './site-json'

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
