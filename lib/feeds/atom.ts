import { isoInZone } from '../format/dates'
import type { Feed } from './types'
import { attributes, element } from './xml'

/** Atom 1.0 (RFC 4287) with the full post as HTML content. */
export function renderAtom(feed: Feed): string {
  const inZone = (iso: string) => isoInZone(new Date(iso), feed.timeZone)
  const entries = feed.items.map(
    (item) =>
      '<entry>' +
      element('title', item.title) +
      `<link${attributes({ rel: 'alternate', type: 'text/html', href: item.url })}/>` +
      element('id', item.id) +
      element('published', inZone(item.published)) +
      element('updated', inZone(item.updated)) +
      item.authors.map((name) => `<author>${element('name', name)}</author>`).join('') +
      item.tags.map((tag) => `<category${attributes({ term: tag })}/>`).join('') +
      element('summary', item.summary) +
      element('content', item.html, { type: 'html' }) +
      '</entry>',
  )
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom"${attributes({ 'xml:lang': feed.language })}>` +
    element('title', feed.title) +
    element('subtitle', feed.description) +
    `<link${attributes({ rel: 'alternate', type: 'text/html', href: feed.homeUrl })}/>` +
    `<link${attributes({ rel: 'self', type: 'application/atom+xml', href: feed.urls.atom })}/>` +
    element('id', feed.urls.atom) +
    element('updated', inZone(feed.updated)) +
    // Atom requires an author on the feed when an entry has none.
    `<author>${element('name', feed.title)}</author>` +
    entries.join('') +
    '</feed>\n'
  )
}
