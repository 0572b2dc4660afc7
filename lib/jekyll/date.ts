import { rubyDate } from './ruby-time'

/**
 * A front-matter date such as `last_modified_at`, read by the one date reader (lib/jekyll/ruby-time.ts), as
 * Jekyll reads `date`: in the site's time zone unless it names an offset or a zone (`2016-06-20`,
 * `2013-05-06 10:00:00 -0700`, ISO 8601, `May 28, 2020`). The value comes as text, so it is read as quoted.
 */
export function parseJekyllDate(input: string, timeZone: string): Date | undefined {
  return rubyDate(input, timeZone, false)
}
