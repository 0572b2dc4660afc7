import { DEFAULT_EMBED_ORIGINS } from './embed-origins.mjs'

/** The one site configuration. Deploy-specific values (base path, URL overrides) come from lib/deploy.ts. */
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
  /**
   * https origins whose iframes and `<script src>` posts may embed (gists, videos, pens, tweets). Everything
   * else that could run script is removed from post HTML; the CSP allows these origins in frame-src/script-src.
   */
  embedOrigins: string[]
  /** Trust every post's HTML as written (no sanitising). A single post opts in with `trusted_html: true`. */
  trustedHtml: boolean
  /** Stop the build on HTML the sanitiser would remove, instead of warning. */
  strictHtml: boolean
}

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
  embedOrigins: [...DEFAULT_EMBED_ORIGINS],
  trustedHtml: false,
  strictHtml: false,
}
