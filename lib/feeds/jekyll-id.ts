import { posix } from 'node:path'

/**
 * Jekyll's `post.id` and its `absolute_url` filter, as jekyll-feed writes each entry's `<id>`. A feed reader
 * knows an entry by this id alone: the moved site must write the very same text, or every subscriber is
 * sent the posts again.
 */

/**
 * `Document#id`: `File.join(File.dirname(url), data["slug"] || file slug)`. Not the URL: for
 * `/2016/06/20/one.html` and `/2016/06/20/one/` it is `/2016/06/20/one`, and a front-matter `slug:` replaces
 * the last part whatever the permalink says.
 */
export function jekyllPostId(url: string, slug: string): string {
  // Ruby's File.dirname, like Node's, ignores a trailing slash: `/a/b/` → `/a`.
  return posix.join(posix.dirname(url), slug)
}

// Addressable's PCHAR class: what `normalize` leaves as written in a segment; everything else is percent-encoded.
const SEGMENT_CHARS = /[A-Za-z0-9\-._~!$&'()*+,;=:@]/

/**
 * `absolute_url`: `site.url + baseurl + path`, then Addressable's `normalize` (2.8.1, as Debian's Jekyll 4.3
 * runs it), which decodes every escape of each segment, applies Unicode compatibility composition (NFKC: `…`
 * becomes `...`) and encodes again each character outside the segment class, in upper-case hex.
 */
export function jekyllAbsoluteUrl(base: { url: string; baseurl: string }, path: string): string {
  const baseurl = base.baseurl.replace(/\/$/, '')
  const lead = (part: string) => (part === '' || part.startsWith('/') ? part : `/${part}`)
  // No `url`: Jekyll's absolute_url falls back to relative_url, a site path.
  const origin = base.url.replace(/\/+$/, '').replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/]*)/i, (_m, scheme: string, host: string) => scheme.toLowerCase() + host.toLowerCase())
  return origin + normalizePath(lead(baseurl) + lead(path))
}

function normalizePath(path: string): string {
  const out = path.trim().split('/').map(normalizeSegment).join('/')
  return out === '' ? '/' : out
}

/** One segment: an escaped `/` (`%2F`) is decoded and encoded again, so it never splits the segment. */
function normalizeSegment(segment: string): string {
  let out = ''
  for (const char of decodeEscapes(segment).normalize('NFKC')) out += SEGMENT_CHARS.test(char) ? char : percentEncode(char)
  return out
}

/** Each run of `%XX` escapes decoded as UTF-8; a run that is not UTF-8 stays as written. */
function decodeEscapes(path: string): string {
  return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run.toUpperCase()
    }
  })
}

function percentEncode(char: string): string {
  return [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}
