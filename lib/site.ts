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
  /** Jekyll plugins the site lists (`plugins:` in `_config.yml`); `jemoji` and `jekyll-mentions` change how posts render. */
  jekyllPlugins: readonly string[]
  /** kramdown settings from `_config.yml`: `parse_block_html` (Markdown inside HTML blocks is Markdown) and `toc_levels`. */
  kramdown: { parseBlockHtml: boolean; tocLevels: readonly number[] }
  /** Liquid templates for tags of the site's own plugins, by tag name; the template sees `args` (the tag's text) and `argv` (its words). */
  liquidTags: Readonly<Record<string, string>>
  /** More `site.*` values for Liquid in posts (the rest of a Jekyll `_config.yml`). Title, description, url and baseurl always win. */
  liquidVariables: Readonly<Record<string, unknown>>
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
  jekyllPlugins: [],
  kramdown: { parseBlockHtml: false, tocLevels: [1, 2, 3, 4, 5, 6] },
  liquidTags: {},
  liquidVariables: {},
}
