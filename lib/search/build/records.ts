import { siteDate } from '../../dates'
import { getPostSources } from '../../posts'
import type { SearchRecord } from './search-files'

/** What the search index needs of each published post, newest first: the same data the pages use. */
export function getSearchRecords(): SearchRecord[] {
  return getPostSources().map(({ summary, html }) => {
    const { day, text } = siteDate(summary.date)
    return {
      url: summary.url,
      title: summary.title,
      date: day,
      dateText: text,
      tags: summary.tags.map((tag) => tag.name),
      authors: summary.authors.map((author) => author.name),
      html,
    }
  })
}
