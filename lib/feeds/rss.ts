import { rfc822InZone } from '../format/dates'
import type { Feed } from './types'
import { element, escapeXml, withoutForbiddenChars } from './xml'

/** RSS 2.0 with the full post in `content:encoded`. */
export function renderRss(feed: Feed): string {
  const items = feed.items.map(
    (item) =>
      '<item>' +
      element('title', item.title) +
      element('link', item.url) +
      element('guid', item.id, { isPermaLink: item.id === item.url ? 'true' : 'false' }) +
      element('pubDate', rfc822InZone(new Date(item.published), feed.timeZone)) +
      item.authors.map((name) => element('dc:creator', name)).join('') +
      item.tags.map((tag) => element('category', tag)).join('') +
      element('description', item.summary) +
      `<content:encoded>${cdata(item.html)}</content:encoded>` +
      '</item>',
  )
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    '<channel>' +
    element('title', feed.title) +
    element('link', feed.homeUrl) +
    element('description', feed.description) +
    element('language', feed.language) +
    element('lastBuildDate', rfc822InZone(new Date(feed.updated), feed.timeZone)) +
    `<atom:link href="${escapeXml(feed.urls.rss)}" rel="self" type="application/rss+xml"/>` +
    items.join('') +
    '</channel></rss>\n'
  )
}

/** CDATA cannot contain `]]>` (split it across two sections) nor the control characters XML forbids. */
export function cdata(text: string): string {
  return `<![CDATA[${withoutForbiddenChars(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}
