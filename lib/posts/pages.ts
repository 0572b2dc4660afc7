import { ContentError } from '../content/error'
import type { StoredPage } from '../content/post-store'
import { basePath } from '../urls/paths'
import { truncateText } from '../format/text'
import { DESCRIPTION_LENGTH } from './published'
import { getPosts } from './queries'
import { fromStore } from './store'
import { pageView, type PageDetail, type PageSource } from './views'

/** Stand-alone pages (content/pages/): documents at their own URLs, without dates, tags or authors. */

/** Every page, by URL. A page whose URL a published post already has stops the build. */
export function publishedPages(pages: readonly StoredPage[], postUrls: ReadonlySet<string>): PageSource[] {
  return pages
    .map((page) => {
      if (postUrls.has(page.url)) {
        throw new ContentError(page.file, 'permalink', `URL ${page.url} is already used by a post`, 'give the page another permalink:')
      }
      return { url: page.url, title: page.title, description: page.description ?? truncateText(page.excerptText, DESCRIPTION_LENGTH), html: page.html }
    })
    .sort((a, b) => a.url.localeCompare(b.url))
}

const pages = fromStore((store) => publishedPages(store.pages, new Set(getPosts().map((post) => post.url))))

export function getPages(): PageSource[] {
  return pages()
}

/** The page at the URL that catch-all route segments stand for; segments may arrive percent-encoded. */
export function getPageByPath(segments: readonly string[]): PageDetail | undefined {
  const url = `/${segments.map(decodeURIComponent).join('/')}/`
  const page = pages().find((p) => p.url === url)
  return page && pageView(page, basePath)
}
