import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentDir } from './content-dir'
import { parseSiteJson, type FrontMatterDefault, type KeyType, type SiteJson } from './site-json'

/** The one site configuration: Pressroom's defaults, overridden by `content/site.json` when present.
 * Deploy-specific values (base path, URL overrides) come from lib/deploy.mjs, read in lib/paths.ts. */
import { DEFAULT_EMBED_ORIGINS } from './embed-origins.mjs'
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
  /** Jekyll `defaults`: front-matter values by path scope, applied under a post's own. */
  defaults: FrontMatterDefault[]
  /** Marks the end of the excerpt in a post (Jekyll's `excerpt_separator`). */
  excerptSeparator: string
  /** Publish posts dated after the build (Jekyll's `future`). */
  future: boolean
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
  defaults: [],
  excerptSeparator: '<!-- more -->',
  future: true,
  frontMatterKeys: {},
  plugins: [],
  kramdown: { parseBlockHtml: false, tocLevels: [1, 2, 3, 4, 5, 6] },
  liquidTags: {},
  embedOrigins: [...DEFAULT_EMBED_ORIGINS],
  paginatePath: undefined,
  liquidVariables: {},
  trustedHtml: false,
  strictHtml: false,
}

/** Pressroom's defaults with an imported site's settings on top. */
export function siteConfigFrom(json: SiteJson): SiteConfig {
  return {
    ...defaults,
    title: json.title ?? defaults.title,
    description: json.description ?? defaults.description,
    url: json.url !== undefined ? json.url.replace(/\/+$/, '') : defaults.url,
    timeZone: json.timezone ?? defaults.timeZone,
    permalink: json.permalink ?? defaults.permalink,
    postsPerPage: json.paginate ?? defaults.postsPerPage,
    defaults: json.defaults ?? defaults.defaults,
    excerptSeparator: json.excerpt_separator ?? defaults.excerptSeparator,
    future: json.future ?? defaults.future,
    frontMatterKeys: json.frontMatterKeys ?? defaults.frontMatterKeys,
    plugins: json.plugins ?? defaults.plugins,
    kramdown: json.kramdown === undefined ? defaults.kramdown : kramdownSettings(json.kramdown),
    // An imported site's embeds add to the defaults: a post may still embed a gist or a video.
    embedOrigins: [...new Set([...defaults.embedOrigins, ...(json.embedOrigins ?? [])])],
    paginatePath: json.paginate_path,
    liquidVariables: json.extra ?? defaults.liquidVariables,
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

function readSiteJson(): SiteJson {
  const file = join(contentDir(process.env.PRESSROOM_ROOT ?? process.cwd()), 'site.json')
  return existsSync(file) ? parseSiteJson(readFileSync(file, 'utf8')) : {}
}

export const site: SiteConfig = siteConfigFrom(readSiteJson())
