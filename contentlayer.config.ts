import { join } from 'node:path'
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import {
  authorList,
  categoryList,
  postSlug,
  postUrl,
  publishedAt,
  readingMinutes,
  stringList,
  summary,
  updatedAt,
} from './lib/content/post-computed'
import { isDraft } from './lib/content/fields'
import { postFileGlob } from './lib/jekyll/filename'
import { applyMarkdownPipeline } from './lib/markdown/pipeline'
import { site } from './lib/site'

/**
 * Posts in Jekyll's shape. Every front-matter key a Jekyll post may carry is declared, so a misspelt key
 * (`tag:`, `titel:`) fails the build instead of being dropped. Keys marked "accepted" have no effect here.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: postFileGlob('posts'),
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'string', description: 'YYYY-MM-DD[ HH:MM[:SS]][ ±HHMM]; defaults to the file-name prefix' },
    last_modified_at: { type: 'string' },
    tags: { type: 'json', description: 'a list, or words separated by spaces' },
    categories: { type: 'json', description: 'a list, or words separated by spaces' },
    category: { type: 'string' },
    author: { type: 'json', description: 'a name or a list of names' },
    authors: { type: 'json', description: 'a list of names' },
    excerpt: { type: 'string' },
    description: { type: 'string' },
    permalink: { type: 'string' },
    published: { type: 'boolean' },
    draft: { type: 'boolean' },
    image: { type: 'string' },
    layout: { type: 'string', description: 'accepted' },
    comments: { type: 'boolean', description: 'accepted' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => postSlug(doc._raw.sourceFileName, doc._raw.sourceFilePath) },
    publishedAt: { type: 'string', resolve: publishedAt },
    updatedAt: { type: 'string', resolve: updatedAt },
    url: { type: 'string', resolve: postUrl },
    isDraft: { type: 'boolean', resolve: (doc) => isDraft(doc.published, doc.draft) },
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

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['posts', 'authors'],
  documentTypes: [Post, Author],
  // Contentlayer's defaults skip a bad post with a warning; here a bad post stops the build.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  markdown: (processor) =>
    applyMarkdownPipeline(processor, {
      // Site-relative on purpose: the base path is a deploy setting, added when pages render.
      variables: { ...site.liquidVariables, baseurl: '', url: site.url, title: site.title, description: site.description },
      siteUrl: site.url,
      publicDir: join(process.cwd(), 'public'),
      contentDir: join(process.cwd(), 'content'),
      timeZone: site.timeZone,
      liquidTags: site.liquidTags,
      kramdown: site.kramdown,
      plugins: site.jekyllPlugins,
    }),
})
