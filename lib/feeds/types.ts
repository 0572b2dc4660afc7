/** What every feed format is built from: absolute URLs and full post HTML with absolute links. */
export type FeedItem = {
  id: string
  url: string
  title: string
  /** ISO instant. */
  published: string
  updated: string
  authors: string[]
  tags: string[]
  summary: string
  html: string
}

export type Feed = {
  title: string
  description: string
  language: string
  /** Dates are written with this zone's offset, as the site shows them. */
  timeZone: string
  /** The page this feed mirrors (home, or a tag page). */
  homeUrl: string
  /** Absolute URLs of this feed in each format, so each can name itself and its siblings. */
  urls: { rss: string; atom: string; json: string }
  updated: string
  items: FeedItem[]
}
