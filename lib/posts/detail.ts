import { seriesOf } from '../collections/series'
import { commentsKeyOf } from '../features/comments-key'
import type { Entry, SiteContent } from './published'
import { summaryView, toPageHtml, type PostDetail, type PostLink, type SiteHtml } from './views'

/** How many related posts a post page lists. */
export const RELATED_POSTS = 3

export type DetailOptions = {
  basePath: string
  /** The content folder as the repository names it (`content`), for the "Edit this post" link. */
  contentFolder: string
}

/** The post at `url` as its page shows it, or undefined when no published post has that URL. */
export function postDetail(content: SiteContent, url: string, body: (entry: Entry) => SiteHtml, options: DetailOptions): PostDetail | undefined {
  const { entries, positionByUrl, lookups } = content
  const index = positionByUrl.get(url) ?? -1
  const entry = entries[index]
  if (!entry) return undefined
  const link = (e: Entry | undefined): PostLink | undefined => (e ? { title: e.summary.title, url: e.summary.url } : undefined)
  const { source } = entry
  const parts = content.series.get(source.series?.trim() ?? '') ?? []
  return {
    ...summaryView(entry.summary, source.excerptHtml, options.basePath),
    html: toPageHtml(body(entry), options.basePath),
    headings: source.headings,
    // Newest first: the previous (older) post is the next one in the list.
    previous: link(entries[index + 1]),
    next: link(entries[index - 1]),
    related: lookups.related(entry.summary, RELATED_POSTS),
    series: seriesOf({ url: entry.summary.url, series: source.series }, parts.map((e) => ({ ...e.summary, series: e.source.series }))),
    // The author's file (content/posts/… or content/drafts/…), not the prepared copy Contentlayer read,
    // in the content folder the site is built from (a scratch folder outside the project: content/).
    sourcePath: `${options.contentFolder}/${source.source}`,
    comments: source.comments,
    commentsKey: commentsKeyOf(source),
  }
}
