/** `/a` → `/base/a`; absolute, protocol-relative, fragment and relative URLs are left alone. */
export function rebaseUrl(url: string, basePath: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  return basePath + url
}

// A srcset candidate's URL is the first run of non-space at its start; it may hold commas of its own
// (`/w_300,h_200/a.jpg`), so it ends only where commas are followed by a space or the end.
const SRCSET_CANDIDATE_URL = /(^|,)(\s*)(\S+?)(?=,*(?:\s|$))/g

/** `rebaseUrl` for every candidate of a `srcset`, descriptors kept: `/a.png 2x, /b.png 3x`. */
export function rebaseSrcset(srcset: string, basePath: string): string {
  return srcset.replace(SRCSET_CANDIDATE_URL, (_whole, comma: string, space: string, url: string) => comma + space + rebaseUrl(url, basePath))
}

/**
 * A site path as it goes into an absolute URL (canonical links, feeds, the sitemap): characters a URL
 * cannot hold as written (non-ASCII letters, `<`, `>`, `"`, spaces) are percent-encoded, what a path may
 * hold (`& ' ( ) + , ; = @`, and existing `%XX` escapes) is kept. XML escaping is the writer's job.
 */
export function encodeUrlPath(path: string): string {
  return path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/gu, (run) => encodeURIComponent(run))
}
