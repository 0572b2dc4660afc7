import { isoDay, siteDate } from '../../format/dates'
import { getPages, getPostSources } from '../../posts'
import { site } from '../../site'
import type { SearchRecord } from './search-files'

/** What the search index needs of each published post, newest first, then each page: the same data the pages use. */
export function getSearchRecords(): SearchRecord[] {
  return [...postRecords(), ...pageRecords()]
}

/**
 * Pages have no date; the index needs one per entry (for order and the year filter), so a page takes the
 * newest post's day and is labelled "Page" where results show a date.
 */
function pageRecords(): SearchRecord[] {
  const newest = getPostSources()[0]?.summary.date
  const date = isoDay(newest === undefined ? new Date(0) : new Date(newest), site.timeZone)
  return getPages().map((page) => ({ url: page.url, title: page.title, date, dateText: 'Page', tags: [], authors: [], html: page.html }))
}

function postRecords(): SearchRecord[] {
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
