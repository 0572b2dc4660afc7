import type { AnalyticsConfig, GiscusConfig } from './features/services'

/** The one site configuration. Deploy-specific values (base path, URL overrides) come from lib/deploy.mjs, read in lib/paths.ts. */
export type SiteConfig = {
  title: string
  description: string
  /** Production origin, no trailing slash. `SITE_URL` overrides it per deploy. */
  url: string
  language: string
  /** IANA zone used to read front-matter dates and to print them, as Jekyll's `timezone`. */
  timeZone: string
  /** Jekyll permalink pattern or style (`date`, `pretty`, `ordinal`, `none`). A post's own `permalink:` wins. */
  permalink: string
  postsPerPage: number
  /** A post shows its table of contents only with at least this many h2/h3 headings. */
  tocMinHeadings: number
  /** Words a reader reads per minute, for reading time. */
  wordsPerMinute: number
  /** Extra header links after Posts, Archive and Tags, e.g. `{ href: '/about/', label: 'About' }` for a page. */
  navigation: readonly NavItem[]
  /** Footer links to the site's profiles elsewhere (full https URLs) and to its RSS feed; each optional. */
  social: SocialLinks
  /**
   * Where posts are edited: "Edit this post" links to the file on this repository's web UI. Unset, the
   * repository the deploy reports (`REPOSITORY`, or the host's own variables; see lib/deploy.mjs) is used,
   * and without either no link is shown.
   */
  repository?: string
  /** The branch "Edit this post" opens. */
  editBranch: string
  /** `$…$` inline and `$$…$$` display math, rendered at build time with KaTeX; its CSS only on pages with math. */
  math: boolean
  /**
   * ```mermaid code blocks as inline SVG, readable in both themes, no JavaScript. Rendered at build time with
   * the system Chromium and kept in content/diagrams/ (commit it), so hosts without a browser build too.
   */
  diagrams: boolean
  /** Comments under posts, from giscus (GitHub Discussions); a post opts out with `comments: false`. */
  comments?: GiscusConfig
  /** Page-view counting on production pages (never previews): any of Plausible, Umami, GA4. */
  analytics?: AnalyticsConfig
}

export type SocialLinks = { github?: string; mastodon?: string; linkedin?: string; x?: string; rss?: boolean }

/** A header link: a site path (the base path is added for you) and its text. */
export type NavItem = { href: string; label: string }

export const site: SiteConfig = {
  title: 'Pressroom',
  description: 'Engineering notes: infrastructure, containers and the craft of running software.',
  url: 'https://pressroom.example.com',
  language: 'en',
  timeZone: 'America/Los_Angeles',
  permalink: '/:year/:month/:day/:title/',
  postsPerPage: 10,
  tocMinHeadings: 2,
  wordsPerMinute: 230,
  navigation: [{ href: '/about/', label: 'About' }],
  social: { github: 'https://github.com/pressroom-example', mastodon: 'https://hachyderm.io/@pressroom', rss: true },
  editBranch: 'main',
  math: true,
  diagrams: true,
  // The demo's services: placeholders that show every feature working. Put your own values, or delete these.
  comments: { provider: 'giscus', repo: 'pressroom-example/pressroom', repoId: 'R_kgDOPressroom', category: 'Comments', categoryId: 'DIC_kwDOPressroomc4Comments' },
  analytics: { plausible: { domain: 'pressroom.example.com' }, umami: { websiteId: '5e0c3a4b-0000-4000-8000-000000000000' }, ga4: { measurementId: 'G-PRESSROOM1' } },
}
