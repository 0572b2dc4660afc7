import { join } from 'node:path'
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import {
  authorList,
  categoryList,
  postSlug,
  jekyllUrl,
  postUrl,
  publishedAt,
  readingMinutes,
  resolvedOf,
  sourceName,
  stringList,
  summary,
  updatedAt,
} from './lib/content/post-computed'
import { isDraft } from './lib/content/fields'
import { contentDir } from './lib/content/dir'
import { pageUrl } from './lib/content/page-url'
import { jekyllPostId } from './lib/feeds/jekyll-id'
import { PREPARED_DIR } from './lib/content/prepare-dir'
import { postStoreDir } from './lib/content/post-store'
import { writePostStore } from './lib/content/write-post-store'
import { RESOLVED_KEY } from './lib/jekyll/keys'
import { checkTitle } from './lib/content/post-url-checks'
import { assertSourceFiles, POST_FILE_PATTERN } from './lib/content/source-files'
import { contentMarkdownOptions } from './lib/content/markdown-options'
import { applyPrerendered } from './lib/markdown/prerendered'
import { startMarkdownWorkers } from './lib/content/markdown-workers'
import { site } from './lib/site'

/**
 * The site's own front-matter keys (declared in content/site.json by the Jekyll import): accepted as they
 * are, and visible to Liquid as `page.<key>`.
 */
const siteKeys = Object.fromEntries(Object.keys(site.frontMatterKeys).map((key) => [key, { type: 'json' as const, description: "the site's own key" }]))

/**
 * Posts in Jekyll's shape, as the prepare step (lib/content/prepare.ts) hands them over from content/posts:
 * front matter read as Ruby reads it, `defaults` applied, date/title/categories/tags/URL resolved.
 * Every key Jekyll, its common plugins or the site itself gives a meaning to is declared, so a misspelt
 * key (`tag:`, `titel:`) fails the build instead of being dropped. Keys marked "accepted" have no effect here.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: POST_FILE_PATTERN,
  contentType: 'markdown',
  fields: {
    ...siteKeys,
    title: { type: 'string', required: true },
    date: { type: 'string', description: 'YYYY-MM-DD[ HH:MM[:SS]][ ±HHMM], zone names, or May 28, 2020; defaults to the file-name prefix' },
    last_modified_at: { type: 'string' },
    modified_date: { type: 'json', description: 'accepted' },
    tags: { type: 'json', description: 'a list, or words separated by spaces' },
    categories: { type: 'json', description: 'a list, or words separated by spaces' },
    author: { type: 'json', description: 'a name or a list of names' },
    authors: { type: 'json', description: 'a list of names' },
    excerpt: { type: 'string' },
    excerpt_separator: { type: 'string' },
    description: { type: 'string' },
    permalink: { type: 'string' },
    slug: { type: 'string', description: "replaces the file name's slug in the URL" },
    published: { type: 'boolean' },
    draft: { type: 'boolean' },
    image: { type: 'json', description: 'a path, or { path, width, height } as jekyll-seo-tag reads it' },
    redirect_from: { type: 'json', description: 'old URLs that redirect here (jekyll-redirect-from)' },
    redirect_to: { type: 'json', description: 'the URL this post redirects to (jekyll-redirect-from)' },
    layout: { type: 'json', description: 'accepted' },
    comments: { type: 'json', description: 'false hides the comments under this post (site.comments)' },
    disqus_identifier: { type: 'string', description: "the post's Disqus thread: its comments thread keeps this key" },
    series: { type: 'string', description: 'posts sharing a series name list each other, oldest first' },
    render_with_liquid: { type: 'json', description: 'accepted' },
    ext: { type: 'json', description: 'accepted' },
    sitemap: { type: 'json', description: 'accepted' },
    seo: { type: 'json', description: 'accepted' },
    lang: { type: 'json', description: 'accepted' },
    locale: { type: 'json', description: 'accepted' },
    canonical_url: { type: 'json', description: 'accepted' },
    twitter: { type: 'json', description: 'accepted' },
    toc: { type: 'json', description: 'accepted' },
    trusted_html: { type: 'boolean', description: "keep this post's HTML as written: scripts, styles and forms included" },
    [RESOLVED_KEY]: { type: 'json', description: 'written by the prepare step: URL, source file, draft, date' },
  },
  computedFields: {
    postSlug: {
      type: 'string',
      resolve: (doc) => {
        // Checked here because Contentlayer accepts an empty string as given.
        checkTitle(doc.title, doc._raw.sourceFilePath)
        return postSlug(sourceName(doc), doc._raw.sourceFilePath)
      },
    },
    publishedAt: { type: 'string', resolve: publishedAt },
    updatedAt: { type: 'string', resolve: updatedAt },
    url: { type: 'string', resolve: postUrl },
    jekyllUrl: { type: 'string', resolve: (doc) => jekyllUrl(doc) ?? '' },
    // Jekyll's post.id, from Jekyll's own URL: what a kept jekyll-feed feed names each entry by.
    // Jekyll strips trailing dots from the file's slug (`trailing-dots...md` → `trailing-dots`), not from a front-matter slug.
    jekyllId: { type: 'string', resolve: (doc) => jekyllPostId(resolvedOf(doc).url, doc.slug ?? postSlug(sourceName(doc), doc._raw.sourceFilePath).replace(/\.+$/, '')) },
    isDraft: { type: 'boolean', resolve: (doc) => isDraft(doc.published, doc.draft) || resolvedOf(doc).draft },
    sourcePath: { type: 'string', resolve: (doc) => resolvedOf(doc).source },
    tagList: { type: 'json', resolve: (doc) => stringList(doc.tags, doc._raw.sourceFilePath, 'tags') },
    categoryList: { type: 'json', resolve: categoryList },
    authorList: { type: 'json', resolve: (doc) => authorList(doc.author, doc.authors, doc._raw.sourceFilePath) },
    excerptHtml: { type: 'string', resolve: (doc) => summary(doc).excerptHtml },
    excerptText: { type: 'string', resolve: (doc) => doc.excerpt ?? summary(doc).excerptText },
    headings: { type: 'json', resolve: (doc) => summary(doc).headings },
    readingMinutes: { type: 'number', resolve: readingMinutes },
  },
}))

const AuthorLink = defineNestedType(() => ({
  name: 'AuthorLink',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}))

/** Optional author profiles: `content/authors/<name>.yml`, matched to posts by the author's name. */
export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.{yml,yaml}',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    bio: { type: 'string' },
    avatar: { type: 'string', description: 'an image path under public/, e.g. /images/authors/jane.jpg' },
    links: { type: 'list', of: AuthorLink },
  },
}))

/** Stand-alone pages (`content/pages/about.md` → `/about/`): no date, tags or author; in the sitemap and search. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.{md,markdown}',
  contentType: 'markdown',
  fields: {
    // An imported page keeps its front matter (a talk's `event:`): the site's own keys are declared for pages too.
    ...siteKeys,
    title: { type: 'string', required: true },
    description: { type: 'string' },
    permalink: { type: 'string', description: 'defaults to /<file name>/' },
    layout: { type: 'string', description: 'accepted' },
    // The same trust rule as posts: the sanitiser reads it from the front matter (lib/markdown/sanitize/trusted.ts).
    trusted_html: { type: 'boolean', description: "keep this page's HTML as written; its scripts still never run (the page's CSP)" },
  },
  computedFields: {
    url: { type: 'string', resolve: (doc) => pageUrl(doc._raw.sourceFilePath, doc.permalink) },
    excerptText: { type: 'string', resolve: (doc) => summary(doc).excerptText },
  },
}))

const building = !process.argv.includes('dev')
const markdownOptions = contentMarkdownOptions(process.cwd())

// Before Contentlayer looks at the files: names it would skip, crash on or write into its code unescaped.
assertSourceFiles(contentDir())

// A large build's Markdown renders in worker processes beside Contentlayer; `contentlayer2 dev` renders
// every post here, so an edit is never answered with HTML from before it.
const markdownWorkers = building ? startMarkdownWorkers(process.cwd()) : undefined

export default makeSource({
  contentDirPath: PREPARED_DIR,
  contentDirInclude: ['posts', 'authors', 'pages'],
  documentTypes: [Post, Author, Page],
  // Contentlayer's defaults skip a bad post with a warning; here a bad post stops the build.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  // After every build, and every rebuild under `contentlayer2 dev`: the store pages read (lib/content/post-store.ts).
  onSuccess: async () => {
    try {
      // Silent: Contentlayer's own "Generated N documents" says as much, and under dev this runs per edit.
      writePostStore(join(process.cwd(), '.contentlayer', 'generated'), postStoreDir(process.env, process.cwd()))
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error))
      // Contentlayer reports a failed callback and then never exits: a build must stop here. Under
      // `contentlayer2 dev` the pages keep the last good store until the next rebuild succeeds.
      if (building) process.exit(1)
    }
  },
  markdown: (processor) => applyPrerendered(processor, markdownOptions, markdownWorkers),
})
