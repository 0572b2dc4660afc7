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
