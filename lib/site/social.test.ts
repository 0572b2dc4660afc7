import { describe, expect, it } from 'vitest'
import { socialLinks } from './social'

describe('socialLinks', () => {
  it('lists configured profiles with rel="me", then the feed', () => {
    expect(socialLinks({ mastodon: 'https://hachyderm.io/@acme', github: 'https://github.com/acme', rss: true }, '/feed.xml')).toEqual([
      { label: 'GitHub', href: 'https://github.com/acme', rel: 'me' },
      { label: 'Mastodon', href: 'https://hachyderm.io/@acme', rel: 'me' },
      { label: 'RSS', href: '/feed.xml', rel: 'alternate' },
    ])
  })

  it('lists nothing when nothing is configured', () => {
    expect(socialLinks({}, '/feed.xml')).toEqual([])
  })

  it('refuses a profile that is not an https URL, naming the setting', () => {
    expect(() => socialLinks({ x: 'acme' }, '/feed.xml')).toThrow(/social\.x/)
  })
})
