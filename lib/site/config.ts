import { DEFAULT_EMBED_ORIGINS } from '../deploy/embed-origins.mjs'
import type { KeptFeeds } from '../feeds/kept-config'
import type { OldUrls } from '../old-urls/config'
import type { AnalyticsConfig, GiscusConfig } from '../features/services'
import type { NavItem, SocialLinks } from './features'
import { withTheme, type Theme } from './theme'
import type { FrontMatterDefault, KeyType, SiteJson } from './json'

export type { NavItem, SocialLinks } from './features'

/**
 * The one site configuration: Pressroom's defaults, overridden by `content/site.json` when present, and
 * then by the overlay file PRESSROOM_SITE_OVERLAY names, if any (the test builds name
 * test/site-features.json, which switches every feature on). Every third-party service is off by default:
 * a site gets comments or analytics only by naming its own ids. Deploy-specific values (base path, URL
 * overrides) come from lib/deploy/env.mjs, read in lib/urls/paths.ts.
 */
export type SiteConfig = {
  title: string
  description: string
  /** Production origin, no trailing slash. `SITE_URL` overrides it per deploy. */
  url: string
  language: string
  /** IANA zone used to read front-matter dates and to print them, as Jekyll's `timezone`. */
  timeZone: string
  /** Jekyll permalink pattern or style (`date`, `pretty`, `ordinal`, `weekdate`, `none`). A post's own `permalink:` wins. */
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
   * repository the deploy reports (`REPOSITORY`, or the host's own variables; see lib/deploy/env.mjs) is used,
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
  /** Jekyll `defaults`: front-matter values by path scope, applied under a post's own. */
  defaults: FrontMatterDefault[]
  /** Marks the end of the excerpt in a post (Jekyll's `excerpt_separator`). */
  excerptSeparator: string
  /**
   * Publish posts dated after the build (Jekyll's `future`). Off, as in Jekyll: a post dated tomorrow goes
   * live with the first build after its date (the production workflow rebuilds daily; docs/moving-readers.md).
   */
  future: boolean
  /** Feeds of the old site kept at their paths with their entry ids; undefined for a site that was not moved. */
  keptFeeds: KeptFeeds | undefined
  /** The old site's listing pages and moved addresses (content/site.json `oldUrls`), redirected by the build. */
  oldUrls: OldUrls
  /** The site's own front-matter keys (beyond Jekyll's and Pressroom's), accepted and shown to Liquid. */
  frontMatterKeys: Record<string, KeyType>
  /** Jekyll plugins the site lists (`plugins:` in `_config.yml`); `jemoji` and `jekyll-mentions` change how posts render. */
  plugins: readonly string[]
  /** kramdown settings from `_config.yml`: `parse_block_html` (Markdown inside HTML blocks is Markdown) and `toc_levels`. */
  kramdown: { parseBlockHtml: boolean; tocLevels: readonly number[] }
  /** Liquid templates for tags of the site's own plugins, by tag name; the template sees `args` (the tag's text) and `argv` (its words). */
  liquidTags: Readonly<Record<string, string>>
  /** Jekyll's `paginate_path`, kept for the record. */
  paginatePath: string | undefined
  /** More `site.*` values for Liquid in posts (the rest of a Jekyll `_config.yml`). Title, description, url and baseurl always win. */
  liquidVariables: Readonly<Record<string, unknown>>
  /**
   * https origins whose iframes and `<script src>` posts may embed (gists, videos, pens, tweets). Everything
   * else that could run script is removed from post HTML; the CSP allows these origins in frame-src/script-src.
   */
  embedOrigins: string[]
  /** Trust every post's HTML as written (no sanitising). A single post opts in with `trusted_html: true`. */
  trustedHtml: boolean
  /** Stop the build on HTML the sanitiser would remove, instead of warning. */
  strictHtml: boolean
  /** The team's logo, favicon, colours and fonts (lib/site/theme.ts), laid over the engine's look. */
  theme: Theme
}

const defaults: SiteConfig = {
  title: 'Pressroom',
  description: 'Engineering notes: infrastructure, containers and the craft of running software.',
  url: 'https://pressroom.example.com',
  language: 'en',
  timeZone: 'America/Los_Angeles',
  permalink: '/:year/:month/:day/:title/',
  postsPerPage: 10,
  tocMinHeadings: 2,
  wordsPerMinute: 230,
  // None by default: a header link to a page belongs with the page, in the site's own site.json.
  navigation: [],
  social: { rss: true },
  editBranch: 'main',
  // Off by default: with math on, prose such as "$5 and $6" becomes math; with diagrams on, a ```mermaid
  // block needs a browser or a kept SVG to build. Switch them on where posts are written for them.
  math: false,
  diagrams: false,
  // No comments and no analytics unless configured: write your own ids here or in content/site.json.
  comments: undefined,
  analytics: undefined,
  defaults: [],
  excerptSeparator: '<!-- more -->',
  future: false,
  keptFeeds: undefined,
  oldUrls: { moved: [] },
  frontMatterKeys: {},
  plugins: [],
  kramdown: { parseBlockHtml: false, tocLevels: [1, 2, 3, 4, 5, 6] },
  liquidTags: {},
  embedOrigins: [...DEFAULT_EMBED_ORIGINS],
  paginatePath: undefined,
  liquidVariables: {},
  trustedHtml: false,
  strictHtml: false,
  theme: { colors: {}, fonts: {} },
}

/** Pressroom's defaults with each layer's settings on top, in order (content/site.json, then an overlay). */
export function siteConfigFrom(...layers: SiteJson[]): SiteConfig {
  return layers.reduce(withLayer, defaults)
}

function withLayer(base: SiteConfig, json: SiteJson): SiteConfig {
  return {
    ...base,
    title: json.title ?? base.title,
    description: json.description ?? base.description,
    url: json.url !== undefined ? json.url.replace(/\/+$/, '') : base.url,
    timeZone: json.timezone ?? base.timeZone,
    permalink: json.permalink ?? base.permalink,
    postsPerPage: json.paginate ?? base.postsPerPage,
    defaults: json.defaults ?? base.defaults,
    excerptSeparator: json.excerpt_separator ?? base.excerptSeparator,
    future: json.future ?? base.future,
    keptFeeds: json.keptFeeds ?? base.keptFeeds,
    oldUrls: json.oldUrls ?? base.oldUrls,
    frontMatterKeys: json.frontMatterKeys ?? base.frontMatterKeys,
    plugins: json.plugins ?? base.plugins,
    kramdown: json.kramdown === undefined ? base.kramdown : kramdownSettings(json.kramdown),
    // An imported site's embeds add to the defaults: a post may still embed a gist or a video.
    embedOrigins: [...new Set([...base.embedOrigins, ...(json.embedOrigins ?? [])])],
    paginatePath: json.paginate_path ?? base.paginatePath,
    liquidVariables: json.extra ?? base.liquidVariables,
    navigation: json.navigation ?? base.navigation,
    social: json.social === undefined ? base.social : { ...base.social, ...json.social },
    repository: json.repository ?? base.repository,
    editBranch: json.editBranch ?? base.editBranch,
    math: json.math ?? base.math,
    diagrams: json.diagrams ?? base.diagrams,
    comments: json.comments ?? base.comments,
    analytics: json.analytics ?? base.analytics,
    trustedHtml: json.trustedHtml ?? base.trustedHtml,
    strictHtml: json.strictHtml ?? base.strictHtml,
    theme: withTheme(base.theme, json),
  }
}

/** kramdown's own option names (`parse_block_html`, `toc_levels` as a list or a range such as `1..4`). */
function kramdownSettings(raw: Record<string, unknown>): SiteConfig['kramdown'] {
  const levels = raw.toc_levels
  const range = typeof levels === 'string' ? /^(\d)\s*\.\.\s*(\d)$/.exec(levels) : null
  const tocLevels = Array.isArray(levels)
    ? levels.filter((n): n is number => typeof n === 'number')
    : range
      ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
      : defaults.kramdown.tocLevels
  return { parseBlockHtml: raw.parse_block_html === true, tocLevels }
}
