import type { SocialLinks } from './index'

export type SocialLink = { label: string; href: string; rel: string | undefined }

const PROFILES = [
  ['github', 'GitHub'],
  ['mastodon', 'Mastodon'],
  ['linkedin', 'LinkedIn'],
  ['x', 'X'],
] as const

/**
 * The footer's links elsewhere, in a fixed order. Profiles carry `rel="me"`: it tells Mastodon (and other
 * IndieWeb verifiers) that the profile and this site belong to the same owner. The feed is not a profile.
 * A profile that is not an https URL stops the build, naming the setting.
 */
export function socialLinks(config: SocialLinks, feedHref: string): SocialLink[] {
  const links: SocialLink[] = PROFILES.flatMap(([key, label]) => {
    const href = config[key]
    if (href === undefined) return []
    if (!/^https:\/\/[^\s/]+\/\S*$/.test(href)) {
      throw new Error(`lib/site/index.ts: social.${key} "${href}" is not an https URL. Fix: write the full profile address, e.g. https://github.com/acme`)
    }
    return [{ label, href, rel: 'me' }]
  })
  if (config.rss) links.push({ label: 'RSS', href: feedHref, rel: 'alternate' })
  return links
}
