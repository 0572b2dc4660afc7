import { formatDate, isoDay } from '../../jekyll/date'
import { getPostSources } from '../../posts'
import { site } from '../../site'
import type { SearchRecord } from './search-files'

/** What the search index needs of each published post, newest first: the same data the pages use. */
export function getSearchRecords(): SearchRecord[] {
  return getPostSources().map(({ summary, html }) => {
    const date = new Date(summary.date)
    return {
      url: summary.url,
      title: summary.title,
      date: isoDay(date, site.timeZone),
      dateText: formatDate(date, site.timeZone, site.language),
      tags: summary.tags.map((tag) => tag.name),
      authors: summary.authors.map((author) => author.name),
      html,
    }
  })
}
